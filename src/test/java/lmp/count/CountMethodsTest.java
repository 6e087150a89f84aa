package lmp.count;

import static lmp.count.TestBallots.box;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small elections counted by hand; each expected figure is worked out in the comment above it. */
class CountMethodsTest {
    private static final List<String> ABCD = List.of("A", "B", "C", "D");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void irvEliminatesTheLowestAndExhaustedBallotsLeaveTheCount() {
        // Round 1: A4 B3 C2 D1 of 10, no majority: D out, its ballot exhausts.
        // Round 2: A4 B3 C2 of 9 continuing, no majority (needs 5): C out, both to B.
        // Round 3: A4 B5 of 9: B has a majority.
        Result r = Count.run(CountConfig.defaults(Method.IRV, 1), box(ABCD, "4: A", "3: B A", "2: C B", "1: D"), "s");
        assertThat(r.winners()).containsExactly("B");
        assertThat(r.rounds()).hasSize(3);
        assertThat(r.rounds().get(0).eliminated()).containsExactly("D");
        assertThat(r.rounds().get(1).eliminated()).containsExactly("C");
        Round last = r.rounds().get(2);
        assertThat(last.tallies()).containsEntry("A", d("4")).containsEntry("B", d("5"));
        assertThat(last.exhausted()).isEqualTo(d("1"));
        assertThat(last.threshold()).contains(d("5"));
        assertThat(last.transfers()).containsEntry("B", d("2")).containsEntry("C", d("-2"));
    }

    @Test
    void irvWithAFirstRoundMajorityEndsInOneRound() {
        Result r = Count.run(CountConfig.defaults(Method.IRV, 1), box(ABCD, "6: A", "3: B", "2: C A"), "s");
        assertThat(r.winners()).containsExactly("A");
        assertThat(r.rounds()).hasSize(1);
    }

    @Test
    void irvTieForLastIsBrokenByTheMostRecentEarlierRoundWhereTheCandidatesDiffered() {
        // Round 1: A6 B3 C2 D1: D out -> C. Round 2: A6 B3 C3: B and C tie; in round 1 C had fewer,
        // so C is eliminated. Round 3: A6 B5 of 11 continuing (D>C exhausted): A has a majority.
        Result r = Count.run(CountConfig.defaults(Method.IRV, 1), box(ABCD, "6: A", "3: B", "2: C B", "1: D C"), "s");
        assertThat(r.rounds().get(1).eliminated()).containsExactly("C");
        assertThat(r.ties()).containsExactly(new Tie(2, "eliminate", List.of("B", "C"), "round 1", "C"));
        assertThat(r.winners()).containsExactly("A");
    }

    @Test
    void scottishStvTransfersTheSurplusAtATruncatedFiveDecimalValue() {
        // 14 valid papers, 2 seats: quota = floor(14 / 3) + 1 = 5. A has 7, surplus 2.
        // Transfer value = 2 x 1 / 7 = 0.285714... truncated to 0.28571.
        // B: 2 + 5 x 0.28571 = 3.42855; C: 3 + 2 x 0.28571 = 3.57142; loss 2 - 1.99997 = 0.00003.
        // B is excluded (its 2 own papers and the 5 from A have no further preference: 3.42855
        // non-transferable); C is then the only continuing candidate for the last seat (rule 52).
        List<String> abc = List.of("A", "B", "C");
        Result r = Count.run(CountConfig.defaults(Method.STV, 2), box(abc, "5: A B", "2: A C", "2: B", "3: C"), "s");
        assertThat(r.quota()).contains(d("5.00000"));
        Round second = r.rounds().get(1);
        assertThat(second.tallies()).containsEntry("A", d("5.00000")).containsEntry("B", d("3.42855"))
                .containsEntry("C", d("3.57142"));
        assertThat(second.roundingLoss()).isEqualTo(d("0.00003"));
        assertThat(r.winners()).containsExactly("A", "C");
        Round last = r.rounds().get(r.rounds().size() - 1);
        assertThat(last.tallies()).containsEntry("C", d("3.57142"));
        assertThat(last.exhausted()).isEqualTo(d("3.42855"));
    }

    @Test
    void meekStvReducesTheKeepFactorOfTheElectedUntilTheSurplusIsBelowOmega() {
        // 2 seats, 6 ballots: quota 6/3 + 0.000000001. Castor (4) is elected; his keep factor falls
        // to about 1/2, passing about 2 votes to Pollux, who still ends just below Helen (2) and is
        // defeated. Same as the PRF reference count "42".
        List<String> names = List.of("Castor", "Pollux", "Helen");
        Result r = Count.run(CountConfig.defaults(Method.MEEK, 2), box(names, "4: Castor Pollux", "2: Helen"), "s");
        assertThat(r.winners()).containsExactly("Castor", "Helen");
        assertThat(r.quota()).contains(d("2.000000001"));
    }

    @Test
    void pluralityElectsTheMostMarkedAndRejectsBallotsWithTooManyMarks() {
        // vote for up to 2: A 3+2 = 5, B 3, C 4; the ballot marking all three is invalid.
        List<String> abc = List.of("A", "B", "C");
        Result r = Count.run(CountConfig.defaults(Method.PLURALITY, 2), box(abc, "3: A=B", "2: A", "4: C", "1: A=B=C"), "s");
        assertThat(r.winners()).containsExactly("A", "C");
        assertThat(r.rounds().get(0).tallies()).containsEntry("A", d("5")).containsEntry("B", d("3")).containsEntry("C", d("4"));
        assertThat(r.ballots().invalidTotal()).isEqualTo(1);
    }

    @Test
    void approvalCountsEveryMark() {
        // A 3+2+1 = 6, B 3+1 = 4, C 4+1 = 5.
        List<String> abc = List.of("A", "B", "C");
        Result r = Count.run(CountConfig.defaults(Method.APPROVAL, 1), box(abc, "3: A=B", "2: A", "4: C", "1: A=B=C"), "s");
        assertThat(r.winners()).containsExactly("A");
        assertThat(r.rounds().get(0).tallies()).containsEntry("A", d("6")).containsEntry("C", d("5"));
    }

    @Test
    void aCountWithEveryCandidateWithdrawnIsRefused() {
        CountConfig c = CountConfig.defaults(Method.IRV, 1).withWithdrawn(List.of("A", "B", "C", "D"));
        assertThat(Count.check(c, box(ABCD, "A"))).containsExactly("every candidate is withdrawn; there is no one to elect");
    }
}
