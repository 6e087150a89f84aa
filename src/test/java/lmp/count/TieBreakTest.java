package lmp.count;

import static lmp.count.TestBallots.box;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TieBreakTest {
    private static final List<String> AB = List.of("Ana", "Ben");


    @Test
    void aTieInEveryRoundIsDrawnByLotFromTheSeedAsDocumented() throws Exception {
        for (String seed : List.of("1", "2", "3", "2026", "abc")) {
            Result r = Count.run(CountConfig.defaults(Method.IRV, 1), box(AB, "2: Ana", "2: Ben"), seed);
            String eliminated = DocumentedLot.draw(seed, 1, AB);
            assertThat(r.ties()).containsExactly(new Tie(1, "eliminate", AB, "lot", eliminated));
            assertThat(r.winners()).containsExactly(eliminated.equals("Ana") ? "Ben" : "Ana");
            assertThat(r.seed()).isEqualTo(seed);
        }
    }

    @Test
    void theSameSeedDrawsTheSameLot() {
        Result a = Count.run(CountConfig.defaults(Method.IRV, 1), box(AB, "2: Ana", "2: Ben"), "x");
        Result b = Count.run(CountConfig.defaults(Method.IRV, 1), box(AB, "2: Ana", "2: Ben"), "x");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void tieStopEndsTheCountAndReportsTheTie() {
        CountConfig stop = CountConfig.defaults(Method.IRV, 1).withTieBreak(CountConfig.TieBreakMode.STOP);
        Result r = Count.run(stop, box(AB, "2: Ana", "2: Ben"), "x");
        assertThat(r.complete()).isFalse();
        assertThat(r.stoppedAt()).contains(new Tie(1, "eliminate", AB, "unresolved", ""));
        assertThat(r.winners()).isEmpty();
        assertThat(r.rounds()).hasSize(1);
    }

    @Test
    void tieStopDoesNotStopWhenEarlierRoundsResolveTheTie() {
        List<String> abcd = List.of("A", "B", "C", "D");
        CountConfig stop = CountConfig.defaults(Method.IRV, 1).withTieBreak(CountConfig.TieBreakMode.STOP);
        Result r = Count.run(stop, box(abcd, "6: A", "3: B", "2: C B", "1: D C"), "x");
        assertThat(r.complete()).isTrue();
    }

    @Test
    void orderModeTakesTheFirstInBallotOrder() {
        CountConfig order = CountConfig.defaults(Method.IRV, 1).withTieBreak(CountConfig.TieBreakMode.ORDER);
        Result r = Count.run(order, box(AB, "2: Ana", "2: Ben"), "x");
        assertThat(r.ties()).containsExactly(new Tie(1, "eliminate", AB, "order", "Ana"));
        assertThat(r.winners()).containsExactly("Ben");
    }

    @Test
    void pluralityTieForTheLastSeatGoesToTheLot() throws Exception {
        List<String> abc = List.of("Ana", "Ben", "Cy");
        Result r = Count.run(CountConfig.defaults(Method.PLURALITY, 2), box(abc, "3: Ana", "2: Ben", "2: Cy"), "seed");
        String second = DocumentedLot.draw("seed", 1, List.of("Ben", "Cy"));
        assertThat(r.winners()).containsExactly("Ana", second);
    }

    @Test
    void scottishStvExclusionTieGoesToEarlierStages() {
        // 1 seat, 10 papers, quota floor(10/2)+1 = 6. Stage 1: A4 B3 C2 D1: D excluded, to C.
        // Stage 2: A4 B3 C3: B and C tie; at stage 1 C had 2 < 3, so C is excluded (rule 51):
        // 2 papers to B, 1 non-transferable. Stage 3: A4 B5: A excluded; B fills the seat (rule 52).
        List<String> abcd = List.of("A", "B", "C", "D");
        Result r = Count.run(CountConfig.defaults(Method.STV, 1), box(abcd, "4: A", "3: B", "2: C B", "1: D C"), "x");
        assertThat(r.ties()).hasSize(1);
        assertThat(r.ties().get(0).resolution()).isEqualTo("round 1");
        assertThat(r.ties().get(0).chosen()).isEqualTo("C");
        assertThat(r.winners()).containsExactly("B");
    }

    @Test
    void scottishStvEqualSurplusesAtTheFirstStageAreOrderedByLot() throws Exception {
        // 3 seats, 16 papers: quota floor(16/4)+1 = 5. A and B both have 7 at the first stage: equal
        // surpluses with no preceding stage (rule 49(3)): the lot decides whose surplus goes first.
        List<String> abcd = List.of("A", "B", "C", "D");
        Result r = Count.run(CountConfig.defaults(Method.STV, 3), box(abcd, "7: A C", "7: B D", "1: C", "1: D"), "s");
        Tie tie = r.ties().get(0);
        assertThat(tie.purpose()).isEqualTo("transfer surplus first");
        assertThat(tie.resolution()).isEqualTo("lot");
        assertThat(tie.chosen()).isEqualTo(expectedLotHighest("s", List.of("A", "B")));
        assertThat(r.rounds().get(1).action()).isEqualTo("transfer surplus of " + tie.chosen());
    }

    /** For a "highest" tie the lot's chosen candidate is preferred: the same smallest-hash rule. */
    private static String expectedLotHighest(String seed, List<String> tied) throws Exception {
        return DocumentedLot.draw(seed, 1, tied);
    }
}
