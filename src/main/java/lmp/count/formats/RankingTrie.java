package lmp.count.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lmp.count.BallotBox;
import lmp.count.Ranking;

/**
 * Counts rankings of one candidate per rank (or a skipped rank) without allocating per ballot:
 * each ranking is a path in a trie of candidate numbers, and a ballot adds its weight to the node
 * where its path ends. A million ballots of a few thousand distinct rankings cost a few thousand
 * nodes. {@link #drainInto} hands the groups to a ballot box once reading is done.
 */
final class RankingTrie {
    /** Symbol of a skipped rank; candidate c is symbol c + 1. */
    static final int SKIPPED = 0;

    private int[][] children = new int[64][];
    private long[] weights = new long[64];
    private int size = 1;
    private int distinct;

    /** Adds {@code weight} ballots ranking {@code symbols[0..length)}. */
    void add(int[] symbols, int length, long weight) {
        int node = 0;
        for (int i = 0; i < length; i++) node = child(node, symbols[i]);
        if (weights[node] == 0) distinct++;
        weights[node] = Math.addExact(weights[node], weight);
    }

    /** Different rankings added so far. */
    int distinct() {
        return distinct;
    }

    private int child(int node, int symbol) {
        int[] kids = children[node];
        if (kids == null || kids.length <= symbol) {
            int[] grown = new int[Math.max(symbol + 1, kids == null ? 8 : kids.length * 2)];
            if (kids != null) System.arraycopy(kids, 0, grown, 0, kids.length);
            children[node] = kids = grown;
        }
        if (kids[symbol] == 0) {
            if (size == weights.length) {
                weights = Arrays.copyOf(weights, size * 2);
                children = Arrays.copyOf(children, size * 2);
            }
            kids[symbol] = size++;
        }
        return kids[symbol];
    }

    void drainInto(BallotBox.Builder box) {
        walk(0, new ArrayList<>(), box);
    }

    private void walk(int node, List<Integer> path, BallotBox.Builder box) {
        if (weights[node] > 0) {
            int[][] ranks = new int[path.size()][];
            for (int i = 0; i < ranks.length; i++) {
                int s = path.get(i);
                ranks[i] = s == SKIPPED ? new int[0] : new int[] {s - 1};
            }
            box.add(Ranking.of(ranks), weights[node]);
        }
        int[] kids = children[node];
        if (kids == null) return;
        for (int s = 0; s < kids.length; s++) {
            if (kids[s] != 0) {
                path.add(s);
                walk(kids[s], path, box);
                path.remove(path.size() - 1);
            }
        }
    }
}
