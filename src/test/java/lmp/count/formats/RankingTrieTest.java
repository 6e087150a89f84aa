package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import lmp.count.BallotBox;
import org.junit.jupiter.api.Test;

class RankingTrieTest {
    private static List<String> drained(RankingTrie trie, int candidates) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < candidates; i++) names.add("C" + i);
        BallotBox.Builder b = BallotBox.builder(names);
        trie.drainInto(b);
        List<String> out = new ArrayList<>();
        b.build().forEach((r, w) -> out.add(w + " " + r));
        return out;
    }

    @Test
    void distinctCountsDifferentRankingsOnce() {
        RankingTrie t = new RankingTrie();
        assertThat(t.distinct()).isZero();
        t.add(new int[] {1, 2}, 2, 3);
        t.add(new int[] {1, 2}, 2, 4);
        assertThat(t.distinct()).isEqualTo(1);
        t.add(new int[] {1, 2}, 1, 1);
        t.add(new int[] {RankingTrie.SKIPPED, 2}, 2, 1);
        assertThat(t.distinct()).isEqualTo(3);
        assertThat(drained(t, 2)).containsExactlyInAnyOrder("7 [[0], [1]]", "1 [[0]]", "1 [[], [1]]");
    }

    @Test
    void aHighCandidateNumberAsTheFirstChildAndManyNodes() {
        RankingTrie t = new RankingTrie();
        t.add(new int[] {20}, 1, 1);
        t.add(new int[] {9, 20}, 2, 2);
        // more than 64 nodes: the arrays grow
        for (int c = 1; c <= 21; c++) for (int d = 1; d <= 21; d++) if (c != d) t.add(new int[] {c, d}, 2, 1);
        assertThat(t.distinct()).isEqualTo(1 + 21 * 20);
        List<String> got = drained(t, 21);
        assertThat(got).hasSize(1 + 21 * 20).contains("1 [[19]]", "3 [[8], [19]]", "1 [[20], [0]]");
    }
}
