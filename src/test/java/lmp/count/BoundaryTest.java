package lmp.count;

import static lmp.count.TestBallots.box;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lmp.count.formats.Blt;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

/**
 * Counts built so that a rule's boundary decides the winners (each found by hand, each written so
 * that the rule on the other side of the boundary gives different winners): a candidate exactly at
 * the STV quota, exactly half of the IRV votes, ties decided by the BLT {@code [tie]} order, and the
 * plurality lot for the last seats under many seeds (checked against the documented draw computed
 * here with the JDK's SHA-256).
 */
class BoundaryTest {

    @Test
    void aCandidateExactlyAtTheQuotaIsElectedAndPassedOverByLaterTransfers() {
        // 2 seats, 14 papers: quota floor(14/3) + 1 = 5. Stage 1: A has exactly 5 = quota: elected (rule
        // 47, "equals or exceeds"), surplus 0. Stage 2: X (2) excluded; its papers 'X A Y' pass over A,
        // already elected, to Y: Y 3 + 2 = 5 = quota: elected. Winners A, Y.
        // Were "exceeds" required, A (5) would stay hopeful, take X's papers (7), and pass on only a
        // surplus of 2 at 2/7: Y 3.57142 < Z 4, Y excluded and Z elected instead.
        List<String> names = List.of("A", "X", "Y", "Z");
        Result r = Count.run(CountConfig.defaults(Method.STV, 2), box(names, "5: A", "2: X A Y", "3: Y", "4: Z"), "x");
        assertThat(r.rounds().get(0).elected()).containsExactly("A");
        assertThat(r.rounds().get(0).tallies().get("A")).isEqualByComparingTo("5");
        assertThat(r.quota()).contains(new BigDecimal("5.00000"));
        assertThat(r.winners()).containsExactly("A", "Y");
        assertThat(r.rounds().get(r.rounds().size() - 1).tallies().get("Y")).isEqualByComparingTo("5");
    }

    @Test
    void exactlyHalfOfTheContinuingVotesIsNotAnIrvMajority() {
        // Round 1: A2 B1 C1 of 4: A has half, not more: no winner; B and C tie, and the order takes B
        // out. Round 2: A2 C2 of 4: still no majority; A and C tie at round 2, and at round 1 C had
        // fewer: C out. Round 3: A 2 of 2.
        CountConfig order = CountConfig.defaults(Method.IRV, 1).withTieBreak(CountConfig.TieBreakMode.ORDER);
        Result r = Count.run(order, box(List.of("A", "B", "C"), "2: A", "1: B C", "1: C"), "x");
        assertThat(r.rounds().get(0).elected()).isEmpty();
        assertThat(r.rounds().get(0).threshold()).contains(new BigDecimal(3));
        assertThat(r.rounds().get(1).elected()).isEmpty();
        assertThat(r.rounds()).hasSize(3);
        assertThat(r.winners()).containsExactly("A");
    }

    @Test
    void orderTiesFollowTheBltTieLineNotTheBallotOrder() {
        // Ana and Ben tie at 2 with no earlier round; [tie 2 1] puts Ben first, so Ben is the one
        // chosen (eliminated), although Ana comes first in ballot order.
        String blt = "2 1\n[tie 2 1]\n2 1 0\n2 2 0\n0\n\"Ana\"\n\"Ben\"\n\"Tie line\"\n";
        Blt.Election e = Blt.read(InputFile.of("t.blt", blt.getBytes(StandardCharsets.UTF_8)));
        CountConfig order = CountConfig.defaults(Method.IRV, 1).withTieBreak(CountConfig.TieBreakMode.ORDER);
        Result r = Count.run(order, e.ballots(), "x");
        assertThat(r.ties()).containsExactly(new Tie(1, "eliminate", List.of("Ana", "Ben"), "order", "Ben"));
        assertThat(r.winners()).containsExactly("Ana");
        // Without the [tie] line the ballot order decides: Ana out, Ben wins.
        String plain = "2 1\n2 1 0\n2 2 0\n0\n\"Ana\"\n\"Ben\"\n\"No tie line\"\n";
        Result p = Count.run(order, Blt.read(InputFile.of("p.blt", plain.getBytes(StandardCharsets.UTF_8))).ballots(), "x");
        assertThat(p.winners()).containsExactly("Ben");
    }

    @Test
    void orderTiesForAScottishExclusionFollowTheTieLine() {
        // 1 seat, 6 papers, quota 4: A2 B2 C2 at the first stage, no earlier stage: [tie 3 2 1] puts C
        // first: C excluded (to nobody), then A and B tie again at 2 and also tied at stage 1 with
        // C ahead of them in the tie line no more: B (before A) is excluded; A fills the seat.
        String blt = "3 1\n[tie 3 2 1]\n2 1 0\n2 2 0\n2 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"Three-way\"\n";
        Blt.Election e = Blt.read(InputFile.of("t.blt", blt.getBytes(StandardCharsets.UTF_8)));
        CountConfig order = CountConfig.defaults(Method.STV, 1).withTieBreak(CountConfig.TieBreakMode.ORDER);
        Result r = Count.run(order, e.ballots(), "x");
        assertThat(r.ties()).extracting(Tie::chosen).containsExactly("C", "B");
        assertThat(r.winners()).containsExactly("A");
    }


    @Test
    void thePluralityLotForTheLastSeatsFollowsTheDocumentedDrawUnderManySeeds() throws Exception {
        // 2 seats, Ana 5, then Ben, Cy and Dee tied at 3 for the one seat left: one lot among three.
        List<String> names = List.of("Ana", "Ben", "Cy", "Dee");
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            String s = Integer.toString(seed);
            Result r = Count.run(CountConfig.defaults(Method.PLURALITY, 2), box(names, "5: Ana", "3: Ben", "3: Cy", "3: Dee"), s);
            String second = DocumentedLot.draw(s, 1, List.of("Ben", "Cy", "Dee"));
            assertThat(r.winners()).as("seed " + s).containsExactly("Ana", second);
            assertThat(r.ties()).as("seed " + s).containsExactly(new Tie(1, "elect", List.of("Ben", "Cy", "Dee"), "lot", second));
            seen.add(second);
        }
        // Every tied candidate wins the lot under some seed: the draw is not stuck on one.
        assertThat(seen).containsExactlyInAnyOrder("Ben", "Cy", "Dee");
    }

    @Test
    void twoPluralitySeatsDrawnFromOneTieTakeTwoSuccessiveLots() throws Exception {
        // 2 seats, four candidates tied at 2: draw 1 among all four, draw 2 among the other three.
        List<String> names = List.of("Ana", "Ben", "Cy", "Dee");
        for (int seed = 0; seed < 100; seed++) {
            String s = "s" + seed;
            Result r = Count.run(CountConfig.defaults(Method.PLURALITY, 2), box(names, "2: Ana", "2: Ben", "2: Cy", "2: Dee"), s);
            String first = DocumentedLot.draw(s, 1, names);
            List<String> rest = new ArrayList<>(names);
            rest.remove(first);
            String second = DocumentedLot.draw(s, 2, rest);
            assertThat(r.winners()).as("seed " + s).containsExactly(first, second);
            assertThat(r.ties()).extracting(Tie::round).containsExactly(1, 1);
        }
    }

    @Test
    void pluralityCandidatesTiedForSeatsThatAllOfThemFillNeedNoLot() {
        Result r = Count.run(CountConfig.defaults(Method.PLURALITY, 3), box(List.of("Ana", "Ben", "Cy", "Dee"),
                "5: Ana", "3: Ben", "3: Cy", "1: Dee"), "x");
        assertThat(r.winners()).containsExactly("Ana", "Ben", "Cy");
        assertThat(r.ties()).isEmpty();
    }
}
