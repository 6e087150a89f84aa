package lmp.count;

import static lmp.count.TestBallots.box;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Small facts of the engine that the reference counts do not pin down (found by mutation testing:
 * each test fails under a change that the rest of the suite let pass).
 */
class CountEngineTest {
    private static final List<String> ABC = List.of("A", "B", "C");

    // ---- fixed-point arithmetic

    @Test
    void fixedPointScalesAndRoundsAsDocumented() {
        FixedPoint five = FixedPoint.of(5);
        assertThat(five.one()).isEqualTo(100_000L);
        assertThat(FixedPoint.of(9).one()).isEqualTo(1_000_000_000L);
        assertThat(FixedPoint.of(0).one()).isEqualTo(1L);
        assertThat(five.whole(3)).isEqualTo(300_000L);
        // 1.5 x 0.33333 = 0.499995 -> 0.49999 truncated, 0.50000 rounded up.
        assertThat(five.mulDown(150_000, 33_333)).isEqualTo(49_999L);
        assertThat(five.mulUp(150_000, 33_333)).isEqualTo(50_000L);
        // 1 / 3 = 0.333333... -> 0.33333 truncated, 0.33334 up; exact quotients are not rounded up.
        assertThat(five.divDown(100_000, 300_000)).isEqualTo(33_333L);
        assertThat(five.divUp(100_000, 300_000)).isEqualTo(33_334L);
        assertThat(five.divUp(100_000, 200_000)).isEqualTo(50_000L);
        assertThat(five.toDecimal(123_456)).isEqualByComparingTo(new BigDecimal("1.23456"));
    }

    @Test
    void fixedPointIsExactPastTheRangeOfALong() {
        FixedPoint nine = FixedPoint.of(9);
        long big = 1_000_000_000_000_000_000L; // 10^18: big x 10^9 overflows a long
        // Exact division on the BigInteger path is not rounded up.
        assertThat(nine.divUp(big, nine.one() * 2)).isEqualTo(big / 2);
        assertThat(nine.divUp(big + 1, nine.one() * 2)).isEqualTo(big / 2 + 1);
        assertThat(nine.divDown(big + 1, nine.one() * 2)).isEqualTo(big / 2);
        assertThat(FixedPoint.mulDivDown(big, 3, 2)).isEqualTo(big / 2 * 3);
        assertThat(nine.mulUp(big, nine.one() + 1)).isEqualTo(big + big / nine.one());
    }

    // ---- rankings and the ballot box

    @Test
    void equalRankingsAreEqualWhateverTheOrderInsideARank() {
        Ranking ab = Ranking.of(new int[][] {{0, 1}, {2}});
        Ranking ba = Ranking.of(new int[][] {{1, 0}, {2}});
        assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
        assertThat(ab.candidatesAt(0)).containsExactly(0, 1);
        assertThat(Ranking.ofSingles(0, 1)).isNotEqualTo(Ranking.ofSingles(1, 0)).isNotEqualTo(ab).isNotEqualTo("A B");
        assertThat(Ranking.ofSingles(0, 1).hashCode()).isNotEqualTo(Ranking.ofSingles(1, 0).hashCode());
    }

    @Test
    void theBoxGroupsIdenticalBallotsAndNumbersCandidatesOnce() {
        BallotBox.Builder b = BallotBox.builder(List.of("A", "B"));
        assertThat(b.addCandidate("B")).isEqualTo(1);
        assertThat(b.addCandidate("C")).isEqualTo(2);
        assertThat(b.add(Ranking.ofSingles(0), 2).add(new Ballot(3, Ranking.ofSingles(0)))).isSameAs(b);
        BallotBox box = b.build();
        assertThat(box.distinctRankings()).isEqualTo(1);
        assertThat(box.ballots()).isEqualTo(5);
    }

    // ---- ties settled by a drawing outside the count

    @Test
    void aDrawnResultSettlesTheTieOfItsRoundAndIsReportedAsADrawing() {
        CountConfig c = CountConfig.defaults(Method.IRV, 1).withTieBreak(CountConfig.TieBreakMode.STOP)
                .withTieResults(Map.of(1, List.of("B")));
        Result r = Count.run(c, box(ABC, "2: A", "1: B", "1: C"), "x");
        assertThat(r.complete()).isTrue();
        assertThat(r.ties()).containsExactly(new Tie(1, "eliminate", List.of("B", "C"), "drawing", "B"));
        assertThat(r.rounds().get(0).eliminated()).containsExactly("B");
    }

    @Test
    void twoDrawnResultsInOneRoundSettleItsTiesInTurn() {
        // Plurality, 2 seats, four candidates at 2: two ties in round 1, settled by the drawings in order.
        CountConfig c = CountConfig.defaults(Method.PLURALITY, 2).withTieBreak(CountConfig.TieBreakMode.STOP)
                .withTieResults(Map.of(1, List.of("C", "A")));
        Result r = Count.run(c, box(List.of("A", "B", "C", "D"), "2: A", "2: B", "2: C", "2: D"), "x");
        assertThat(r.winners()).containsExactly("C", "A");
        assertThat(r.ties()).extracting(Tie::resolution).containsExactly("drawing", "drawing");
    }

    @Test
    void aDrawnResultOutsideTheTieOrForNoTieIsRefused() {
        CountConfig outside = CountConfig.defaults(Method.IRV, 1).withTieResults(Map.of(1, List.of("A")));
        assertThatThrownBy(() -> Count.run(outside, box(ABC, "2: A", "1: B", "1: C"), "x"))
                .isInstanceOf(TieBreak.DrawnResultMismatch.class)
                .hasMessage("the drawn result for round 1 names A, but the tie to eliminate in that round is between B, C");
        CountConfig unused = CountConfig.defaults(Method.IRV, 1).withTieResults(Map.of(2, List.of("A"), 1, List.of("B", "C")));
        assertThatThrownBy(() -> Count.run(unused, box(ABC, "2: A", "1: B", "1: C"), "x"))
                .isInstanceOf(TieBreak.DrawnResultMismatch.class)
                .hasMessageStartingWith("no tie in the count needed the drawn results round 1: C; round 2: A (");
        CountConfig one = CountConfig.defaults(Method.IRV, 1).withTieResults(Map.of(3, List.of("A")));
        assertThatThrownBy(() -> Count.run(one, box(ABC, "3: A", "1: B"), "x"))
                .hasMessageStartingWith("no tie in the count needed the drawn result round 3: A (");
    }

    @Test
    void aDrawnResultDoesNotOverrideEarlierRounds() {
        // B and C tie at round 2 but C had fewer at round 1: earlier rounds decide, the drawn result is unused.
        CountConfig c = CountConfig.defaults(Method.IRV, 1).withTieResults(Map.of(2, List.of("B")));
        assertThatThrownBy(() -> Count.run(c, box(List.of("A", "B", "C", "D"), "6: A", "3: B", "2: C", "1: D C"), "x"))
                .isInstanceOf(TieBreak.DrawnResultMismatch.class);
    }

    @Test
    void tiedCandidatesAreListedInBallotOrderWhateverOrderTheyCome() {
        TieBreak t = new TieBreak(CountConfig.TieBreakMode.ORDER, "s", ABC, List.of("C", "B", "A"));
        assertThat(t.choose(4, "eliminate", new int[] {2, 0}, List.of(), TieBreak.Pick.LOWEST)).isEqualTo(2);
        assertThat(t.ties()).containsExactly(new Tie(4, "eliminate", List.of("A", "C"), "order", "C"));
    }

    @Test
    void theRoundThatSeparatesATieIsNamedByItsNumberInTheCount() {
        // History of a pass starting at round 5: rounds 5 and 6. A and B tie in round 6 (index 1) and
        // differ in round 5: resolved by "round 5"; tied at round 6 only: by "round 6".
        TieBreak t = new TieBreak(CountConfig.TieBreakMode.STOP, "s", ABC, ABC);
        List<long[]> history = List.of(new long[] {1, 2, 0}, new long[] {3, 3, 0});
        assertThat(t.choose(7, "eliminate", new int[] {0, 1}, history, 5, TieBreak.Pick.LOWEST)).isEqualTo(0);
        assertThat(t.ties().get(0).resolution()).isEqualTo("round 5");
        List<long[]> recent = List.of(new long[] {3, 3, 0}, new long[] {2, 4, 0});
        assertThat(t.choose(7, "eliminate", new int[] {0, 1}, recent, 5, TieBreak.Pick.HIGHEST)).isEqualTo(1);
        assertThat(t.ties().get(1).resolution()).isEqualTo("round 6");
    }

    @Test
    void theOldestRoundCanDecideATie() {
        // With stop mode a tie not decided by the rounds would stop the count; round 1 decides it here.
        TieBreak t = new TieBreak(CountConfig.TieBreakMode.STOP, "s", ABC, ABC);
        List<long[]> history = List.of(new long[] {5, 4, 0}, new long[] {6, 6, 0}, new long[] {6, 6, 0});
        assertThat(t.choose(4, "eliminate", new int[] {0, 1}, history, TieBreak.Pick.LOWEST)).isEqualTo(1);
        assertThat(t.ties().get(0).resolution()).isEqualTo("round 1");
    }

    // ---- methods: order of election, counts that end, quotas reported

    @Test
    void pluralityWithMoreSeatsThanCandidatesElectsThemAll() {
        Result r = Count.run(CountConfig.defaults(Method.PLURALITY, 3), box(List.of("A", "B"), "1: A", "2: B"), "x");
        assertThat(r.winners()).containsExactly("B", "A");
    }

    @Test
    void scottishStvElectsCandidatesReachingTheQuotaTogetherInOrderOfVotesAndTransfersTheLargestSurplusFirst() {
        // 2 seats, 14 papers, quota 5: B 7 and A 6 reach it at the first stage. Listed B, A (most votes
        // first), and B's surplus (2) goes before A's (1). Then no vacancy is left: the count ends.
        Result r = Count.run(CountConfig.defaults(Method.STV, 2), box(ABC, "6: A C", "7: B C", "1: C"), "x");
        assertThat(r.rounds().get(0).elected()).containsExactly("B", "A");
        assertThat(r.winners()).containsExactly("B", "A");
        assertThat(r.rounds()).hasSize(1);
    }

    @Test
    void scottishStvStopsOnceTheSeatsAreFilledByTheQuota() {
        // 1 seat, 10 papers, quota 6: A has 6 at the first stage; B and C are never excluded.
        Result r = Count.run(CountConfig.defaults(Method.STV, 1), box(ABC, "6: A B", "3: B", "1: C"), "x");
        assertThat(r.rounds()).hasSize(1);
        assertThat(r.rounds().get(0).eliminated()).isEmpty();
    }

    @Test
    void scottishStvRule52ElectsTheLastCandidatesInOrderOfVotes() {
        // 3 seats, 9 papers, quota floor(9/4) + 1 = 3: A and C (3 each) are elected at the first stage
        // (rule 47), listed in ballot order. D (1) is excluded, to nobody; B alone fills the last seat by rule 52.
        List<String> abcd = List.of("A", "B", "C", "D");
        Result r = Count.run(CountConfig.defaults(Method.STV, 3), box(abcd, "3: A", "2: B", "3: C", "1: D"), "x");
        assertThat(r.winners()).containsExactly("A", "C", "B");
        // 3 seats, 9 papers, quota 3: A (3) elected. B 1, C 2, D 2, E 1: B and E tie for exclusion (the lot
        // excludes one, then the other is lowest); C 2 and D 2 for two seats: rule 52 elects both, C first
        // (equal votes: ballot order).
        List<String> abcde = List.of("A", "B", "C", "D", "E");
        Result s = Count.run(CountConfig.defaults(Method.STV, 3), box(abcde, "3: A", "1: B", "2: C", "2: D", "1: E"), "x");
        assertThat(s.winners()).containsExactly("A", "C", "D");
        // With D ahead of C in votes, rule 52 lists D first.
        Result t = Count.run(CountConfig.defaults(Method.STV, 3), box(abcde, "3: A", "1: B", "1: C", "2: D", "1: E", "1: E C"), "x");
        assertThat(t.rounds().get(t.rounds().size() - 1).elected()).first().isEqualTo("D");
    }

    @Test
    void meekReportsTheQuotaOfTheLastIterationAndElectsInOrderOfVotes() {
        // 2 seats, 2 candidates: no iteration at all; the quota of the first distribution is reported.
        Result r = Count.run(CountConfig.defaults(Method.MEEK, 2), box(List.of("A", "B"), "1: A", "3: B"), "x");
        assertThat(r.quota()).contains(new BigDecimal("1.333333334"));
        assertThat(r.winners()).containsExactly("B", "A");
        assertThat(r.rounds().get(r.rounds().size() - 1).action()).isEqualTo("remaining candidates elected");
    }

    @Test
    void meekElectsCandidatesReachingTheQuotaInTheSameIterationInOrderOfVotes() {
        // 2 seats, 12 ballots, quota 4.000000001: B 7 and A 4.5... A 5 and B 6 both reach it at once.
        Result r = Count.run(CountConfig.defaults(Method.MEEK, 2), box(ABC, "5: A", "6: B", "1: C"), "x");
        assertThat(r.rounds().get(0).elected()).isEmpty();
        assertThat(r.rounds().get(1).elected()).containsExactly("B", "A");
        assertThat(r.winners()).containsExactly("B", "A");
    }

    @Test
    void theLastContinuingCandidateCanBeTheFirstInBallotOrder() {
        // Pass 2: A, first in ballot order, is left alone with 0 votes: elected as the last continuing candidate.
        Result r = Count.run(CountConfig.defaults(Method.SEQUENTIAL_IRV, 2), box(List.of("A", "B"), "3: B"), "x");
        assertThat(r.winners()).containsExactly("B", "A");
        assertThat(r.rounds()).hasSize(2);
        assertThat(r.rounds().get(1).action()).isEqualTo("pass 2: elect A as the last continuing candidate");
    }

    @Test
    void twoDifferentOvervotedRanksAreSettledEachWithItsOwnCandidates() {
        CountConfig d = CountConfig.defaults(Method.IRV, 1);
        CountConfig multiple = new CountConfig(Method.IRV, 1, CountConfig.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING,
                d.skippedRanks(), CountConfig.Duplicate.SKIP, List.of(), false, d.maxRankings(), CountConfig.TieBreakMode.LOT,
                Optional.empty());
        List<String> names = List.of("A", "B", "C", "D", "E");
        // Round 1: A4 B3 C3 D2 E1: E out; 'E C=D' -> C and D continue: exhausted. Round 2: D out;
        // 'D A=B'... D's 2 ballots 'D A=E': E is out, A continues alone -> A. Round 3: A6 B3 C3 of 12:
        // A has a majority only if > 6: no; B and C tie... keep it simple: check the transfers of round 3.
        Result r = Count.run(multiple, box(names, "4: A", "3: B", "3: C", "2: D A=E", "1: E C=D"), "x");
        assertThat(r.rounds().get(1).exhausted()).isEqualByComparingTo("1");
        assertThat(r.rounds().get(2).tallies()).containsEntry("A", BigDecimal.valueOf(6));
        // Under duplicate 'exhaust', a candidate met again inside an overvote stops the ballot.
        CountConfig dupExhaust = new CountConfig(Method.IRV, 1, CountConfig.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING,
                d.skippedRanks(), CountConfig.Duplicate.EXHAUST, List.of(), false, d.maxRankings(), CountConfig.TieBreakMode.LOT,
                Optional.empty());
        Result dup = Count.run(dupExhaust, box(names, "4: A", "3: B", "2: C", "1: E A=E B"), "x");
        // Round 1: D (0) out. Round 2: E (1) out; its ballot stopped at 'A=E' (E again): in round 3 it is
        // exhausted, and B gets nothing.
        assertThat(dup.rounds().get(2).tallies()).containsEntry("B", BigDecimal.valueOf(3)).containsEntry("A", BigDecimal.valueOf(4));
        assertThat(dup.rounds().get(2).exhausted()).isEqualByComparingTo("1");
        Result skip = Count.run(multiple, box(names, "4: A", "3: B", "2: C", "1: E A=E B"), "x");
        // Under 'skip' the same ballot reaches 'A=E' with only A continuing: it counts for A.
        assertThat(skip.rounds().get(2).tallies()).containsEntry("A", BigDecimal.valueOf(5));
    }


    @Test
    void equalScottishSurplusesGoByLotUnderEverySeed() throws Exception {
        // 3 seats, 16 papers, quota 5: A and B both have 7: the lot decides whose surplus goes first.
        List<String> abcd = List.of("A", "B", "C", "D");
        for (int seed = 0; seed < 20; seed++) {
            String s = Integer.toString(seed);
            Result r = Count.run(CountConfig.defaults(Method.STV, 3), box(abcd, "7: A C", "7: B D", "1: C", "1: D"), s);
            String first = DocumentedLot.draw(s, 1, List.of("A", "B"));
            assertThat(r.rounds().get(1).action()).as("seed " + s).isEqualTo("transfer surplus of " + first);
        }
    }
}
