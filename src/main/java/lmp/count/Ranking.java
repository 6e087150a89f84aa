package lmp.count;

import java.util.Arrays;

/**
 * What one ballot says, as written: its ranks in order, each holding the indices of the candidates
 * marked at that rank. Usually one candidate; several for an overvote or an equal ranking; none for a
 * skipped rank. Equal rankings are the same value, so identical ballots can be grouped.
 */
public final class Ranking {
    private static final int[] NONE = new int[0];
    private final int[][] ranks;
    private final int hash;

    private Ranking(int[][] ranks) {
        this.ranks = ranks;
        this.hash = Arrays.deepHashCode(ranks);
    }

    /** A ranking from ranks (copied); each rank is sorted so that {@code A=B} equals {@code B=A}. */
    public static Ranking of(int[][] ranks) {
        int[][] copy = new int[ranks.length][];
        for (int i = 0; i < ranks.length; i++) {
            copy[i] = ranks[i].length == 0 ? NONE : ranks[i].clone();
            Arrays.sort(copy[i]);
        }
        return new Ranking(copy);
    }

    /** One candidate per rank, in order. */
    public static Ranking ofSingles(int... candidates) {
        int[][] r = new int[candidates.length][];
        for (int i = 0; i < candidates.length; i++) r[i] = new int[] {candidates[i]};
        return new Ranking(r);
    }

    public int size() {
        return ranks.length;
    }

    /** Candidates at rank {@code i} (0-based); do not modify the array. */
    int[] at(int i) {
        return ranks[i];
    }

    public int[] candidatesAt(int i) {
        return ranks[i].clone();
    }

    /** True when no candidate is marked anywhere. */
    public boolean isBlank() {
        for (int[] r : ranks) {
            if (r.length > 0) return false;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ranking r && r.hash == hash && Arrays.deepEquals(r.ranks, ranks);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.deepToString(ranks);
    }
}
