package lmp.count;

import static lmp.count.TestBallots.box;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-checked counts of sequential IRV, bottoms-up and the overvote rule exhaust-if-multiple-continuing. */
class MultiSeatRunoffTest {
    private static final List<String> ABC = List.of("A", "B", "C");
    private static final List<String> ABCD = List.of("A", "B", "C", "D");

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void sequentialIrvFillsEachSeatWithAnIrvCountWithoutTheEarlierWinners() {
        // Pass 1: A4 B3 C2 of 9 (needs 5): C out, 'C B' goes to B: B5 A4, B elected in round 2.
        // Pass 2 without B: 'B C' now counts for C from the start: A4 C5 of 9, C elected in round 3.
        Result r = Count.run(CountConfig.defaults(Method.SEQUENTIAL_IRV, 2), box(ABC, "4: A B", "3: B C", "2: C B"), "x");
        assertThat(r.winners()).containsExactly("B", "C");
        assertThat(r.rounds()).extracting(Round::round).containsExactly(1, 2, 3);
        assertThat(r.rounds()).extracting(Round::pass).containsExactly(1, 1, 2);
        assertThat(r.rounds().get(1).tallies()).containsExactly(Map.entry("A", n(4)), Map.entry("B", n(5)), Map.entry("C", n(0)));
        Round pass2 = r.rounds().get(2);
        assertThat(pass2.action()).isEqualTo("pass 2: elect C (majority of continuing ballots)");
        assertThat(pass2.tallies()).containsExactly(Map.entry("A", n(4)), Map.entry("B", n(0)), Map.entry("C", n(5)));
        // The first round of a pass is a new count: no transfers from the last round of pass 1.
        assertThat(pass2.transfers()).isEmpty();
        assertThat(pass2.threshold()).contains(n(5));
    }

    @Test
    void aLaterPassExhaustsTheBallotsThatRankedOnlyEarlierWinners() {
        // Pass 1: A5 B3 C1 -> A has a majority. Pass 2: the 5 'A' ballots have no one left: exhausted.
        // B3 C1 of 4 -> B elected. Pass 3: only C continues: elected as the last continuing candidate.
        Result r = Count.run(CountConfig.defaults(Method.SEQUENTIAL_IRV, 3), box(ABC, "5: A", "3: B", "1: C"), "x");
        assertThat(r.winners()).containsExactly("A", "B", "C");
        assertThat(r.rounds().get(1).exhausted()).isEqualByComparingTo("5");
        assertThat(r.rounds().get(1).threshold()).contains(n(3));
        assertThat(r.rounds().get(2).exhausted()).isEqualByComparingTo("8");
        assertThat(r.rounds().get(2).action()).isEqualTo("pass 3: elect C as the last continuing candidate");
    }

    @Test
    void theLastContinuingCandidateIsElectedWithItsVotesAsTheyAreAndNoMajorityClaim() {
        // Pass 2: no ballot ranks B, so B is elected with 0 votes as the last continuing candidate.
        Result r = Count.run(CountConfig.defaults(Method.SEQUENTIAL_IRV, 2), box(List.of("A", "B"), "3: A"), "x");
        Round last = r.rounds().get(r.rounds().size() - 1);
        assertThat(last.action()).isEqualTo("pass 2: elect B as the last continuing candidate").doesNotContain("majority");
        assertThat(last.tallies().get("B")).isEqualByComparingTo("0");
        assertThat(last.exhausted()).isEqualByComparingTo("3");
        assertThat(r.winners()).containsExactly("A", "B");
    }

    @Test
    void sequentialIrvStopsWhenNoCandidateIsLeftForASeat() {
        Result r = Count.run(CountConfig.defaults(Method.SEQUENTIAL_IRV, 3), box(List.of("A", "B"), "2: A B", "1: B"), "x");
        assertThat(r.winners()).containsExactly("A", "B");
        assertThat(r.complete()).isTrue();
    }

    @Test
    void sequentialTiesLookAtEarlierRoundsOfTheSamePassOnly() {
        // Pass 1: A 5+2+1 = 8 of 13: elected in round 1 (B2 C3). Pass 2 without A: B 2+2 = 4, C 3+1 = 4.
        // The tie is not separated by an earlier round of pass 2 (there is none), so it goes to the lot;
        // pass 1's round 1 (B2 < C3) must not decide it.
        Result r = Count.run(CountConfig.defaults(Method.SEQUENTIAL_IRV, 2), box(ABC, "5: A", "2: B", "3: C", "2: A B", "1: A C"),
                "seed");
        assertThat(r.rounds().get(1).tallies()).containsEntry("B", n(4)).containsEntry("C", n(4));
        assertThat(r.ties()).singleElement().satisfies(t -> {
            assertThat(t.round()).isEqualTo(2);
            assertThat(t.resolution()).isEqualTo("lot");
        });
        CountConfig stop = CountConfig.defaults(Method.SEQUENTIAL_IRV, 2).withTieBreak(CountConfig.TieBreakMode.STOP);
        Result stopped = Count.run(stop, box(ABC, "5: A", "2: B", "3: C", "2: A B", "1: A C"), "seed");
        assertThat(stopped.stoppedAt()).isPresent();
        assertThat(stopped.winners()).containsExactly("A");
    }

    @Test
    void bottomsUpEliminatesTheLowestUntilOnlyTheSeatsRemain() {
        // A5 B4 C2 D1 for 2 seats: D out (exhausts), then C out ('C D': D is out too, exhausts): A, B elected.
        Result r = Count.run(CountConfig.defaults(Method.BOTTOMS_UP, 2), box(ABCD, "5: A", "4: B", "2: C D", "1: D"), "x");
        assertThat(r.winners()).containsExactly("A", "B");
        assertThat(r.rounds()).extracting(Round::action).containsExactly("eliminate D", "eliminate C",
                "elect A, B (the last 2 continuing candidates, for 2 seats)");
        assertThat(r.rounds().get(2).exhausted()).isEqualByComparingTo("3");
        assertThat(r.rounds()).allSatisfy(x -> assertThat(x.threshold()).isEmpty());
    }

    @Test
    void bottomsUpElectsEveryoneAtOnceWhenTheCandidatesAreNoMoreThanTheSeats() {
        Result r = Count.run(CountConfig.defaults(Method.BOTTOMS_UP, 3), box(ABC, "1: A", "2: B"), "x");
        assertThat(r.rounds()).hasSize(1);
        assertThat(r.winners()).containsExactly("B", "A", "C");
    }

    @Test
    void bottomsUpWithAThresholdStopsWhenEveryoneLeftHasMoreThanThePercentage() {
        // 25%: round 1 of 12 needs more than 3 (4): D1 out. Round 2 of 11 needs more than 2.75 (3): C2
        // out. Round 3 of 9 needs more than 2.25 (3): A5 and B4 both have it: both elected.
        CountConfig c = CountConfig.defaults(Method.BOTTOMS_UP, 1).withThreshold(Optional.of(n(25)));
        Result r = Count.run(c, box(ABCD, "5: A", "4: B", "2: C D", "1: D"), "x");
        assertThat(r.winners()).containsExactly("A", "B");
        assertThat(r.rounds()).extracting(x -> x.threshold().orElseThrow()).containsExactly(n(4), n(3), n(3));
        assertThat(r.rounds().get(2).action()).isEqualTo("elect A, B (every continuing candidate has more than 25% of the continuing votes)");
    }

    @Test
    void aCandidateExactlyAtThePercentageIsNotAboveIt() {
        // 4 of 16 is exactly 25%: not more than 25%, so the lowest (C, 4) goes; then A8 B4 of 12: B has
        // 33% > 25%: both elected.
        CountConfig c = CountConfig.defaults(Method.BOTTOMS_UP, 1).withThreshold(Optional.of(n(25)));
        Result r = Count.run(c, box(ABC, "8: A", "4: B", "4: C"), "seed");
        assertThat(r.rounds().get(0).threshold()).contains(n(5));
        assertThat(r.rounds().get(0).eliminated()).hasSize(1);
        assertThat(r.winners()).hasSize(2);
        assertThat(BottomsUp.fewestAbove(16, n(25))).isEqualTo(5);
        assertThat(BottomsUp.fewestAbove(15, n(25))).isEqualTo(4);
        assertThat(BottomsUp.fewestAbove(7, new BigDecimal("12.5"))).isEqualTo(1);
        assertThat(BottomsUp.fewestAbove(8, new BigDecimal("12.5"))).isEqualTo(2);
    }

    @Test
    void aThresholdIsRefusedForOtherMethodsWithSeatsOrOutOfRange() {
        BallotBox b = box(ABC, "1: A");
        assertThat(Count.check(CountConfig.defaults(Method.IRV, 1).withThreshold(Optional.of(n(10))), b))
                .containsExactly("a threshold applies to bottoms-up only, not to irv");
        assertThat(Count.check(CountConfig.defaults(Method.BOTTOMS_UP, 3).withThreshold(Optional.of(n(10))), b))
                .singleElement().asString().contains("leave seats out");
        assertThat(Count.check(CountConfig.defaults(Method.BOTTOMS_UP, 1).withThreshold(Optional.of(n(100))), b))
                .singleElement().asString().contains("above 0 and below 100");
        assertThat(Count.check(CountConfig.defaults(Method.BOTTOMS_UP, 1).withThreshold(Optional.of(n(0))), b))
                .singleElement().asString().contains("above 0 and below 100");
    }

    private static CountConfig multiple(Method m) {
        CountConfig d = CountConfig.defaults(m, 1);
        return new CountConfig(m, 1, CountConfig.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING, d.skippedRanks(), d.duplicate(),
                List.of(), false, d.maxRankings(), CountConfig.TieBreakMode.STOP, Optional.empty());
    }

    @Test
    void anOvervoteWithOneContinuingCandidateCountsForItAndWithTwoExhausts() {
        // 'C A=B': while A and B both continue, the ballot stays with C; once C is out (round 1: C1 is
        // lowest), A and B both continue: the ballot exhausts. 'D A=C' x2: D out first... see rounds.
        Result r = Count.run(multiple(Method.IRV), box(ABCD, "3: A", "3: B", "1: C A=B", "2: D A=C"), "x");
        // Round 1: A3 B3 C1 D2 -> C out: 'C A=B' reaches A=B with A and B continuing: exhausted.
        assertThat(r.rounds().get(1).exhausted()).isEqualByComparingTo("1");
        // Round 2: A3 B3 D2 -> D out: 'D A=C' reaches A=C with only A continuing: counts for A.
        assertThat(r.rounds().get(2).tallies()).containsEntry("A", n(5)).containsEntry("B", n(3));
        assertThat(r.winners()).containsExactly("A");
    }

    @Test
    void anOvervoteWithNoContinuingCandidateIsPassedOver() {
        List<String> abcde = List.of("A", "B", "C", "D", "E");
        String[] ballots = {"7: A", "8: E", "2: B", "3: C", "4: D B=C A"};
        // R1 A7 B2 C3 D4 E8 of 24: B out. R2 of 22: C out. R3 A7 D4 E8 of 19: D out; its 4 ballots reach
        // B=C with neither continuing, pass over it and count for A. R4: A11 E8: A elected.
        Result r = Count.run(multiple(Method.IRV), box(abcde, ballots), "x");
        assertThat(r.rounds().get(3).tallies()).containsEntry("A", n(11)).containsEntry("E", n(8));
        assertThat(r.rounds().get(3).exhausted()).isEqualByComparingTo("5");
        assertThat(r.winners()).containsExactly("A");
        // Under plain 'exhaust' the same ballots stop at B=C, and E wins 8 to 7.
        CountConfig exhaust = CountConfig.defaults(Method.IRV, 1);
        Result plain = Count.run(exhaust, box(abcde, ballots), "x");
        assertThat(plain.winners()).containsExactly("E");
    }

    @Test
    void exhaustIfMultipleContinuingIsRefusedForStvAndMeek() {
        BallotBox b = box(ABC, "1: A");
        CountConfig stv = multiple(Method.STV);
        assertThat(Count.check(stv, b)).singleElement().asString().contains("exhaust-if-multiple-continuing");
        assertThat(Count.check(multiple(Method.MEEK), b)).hasSize(1);
        assertThat(Count.check(multiple(Method.SEQUENTIAL_IRV), b)).isEmpty();
    }
}
