package lmp.count;

import static lmp.count.TestBallots.box;
import static lmp.count.TestBallots.groups;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BallotRulesTest {
    private static final List<String> ABC = List.of("A", "B", "C");

    private static CountConfig irv(CountConfig.Overvote o, OptionalInt skipped, CountConfig.Duplicate d, List<String> withdrawn,
                                   OptionalInt max) {
        return new CountConfig(Method.IRV, 1, o, skipped, d, withdrawn, false, max, CountConfig.TieBreakMode.LOT, Optional.empty());
    }

    private static CountConfig irv() {
        return CountConfig.defaults(Method.IRV, 1);
    }

    @Test
    void overvoteExhaustStopsTheBallotAtTheOvervotedRank() {
        Preferences p = BallotRules.apply(irv(), box(ABC, "A B=C", "B=C A"));
        assertThat(groups(p)).containsExactly(Map.entry("A", 1L));
        assertThat(p.counts().invalid()).containsExactly(Map.entry(BallotRules.OVERVOTE_FIRST, 1L));
    }

    @Test
    void overvoteSkipPassesOverTheOvervotedRank() {
        CountConfig c = irv(CountConfig.Overvote.SKIP, OptionalInt.empty(), CountConfig.Duplicate.SKIP, List.of(), OptionalInt.empty());
        Preferences p = BallotRules.apply(c, box(ABC, "A B=C", "B=C A"));
        assertThat(groups(p)).containsExactly(Map.entry("A", 2L));
        assertThat(p.counts().valid()).isEqualTo(2);
    }

    @Test
    void duplicateSkipPassesOverTheRepeatedCandidate() {
        Preferences p = BallotRules.apply(irv(), box(ABC, "A A B"));
        assertThat(groups(p)).containsExactly(Map.entry("A>B", 1L));
    }

    @Test
    void duplicateExhaustStopsTheBallotAtTheRepeat() {
        CountConfig c = irv(CountConfig.Overvote.EXHAUST, OptionalInt.empty(), CountConfig.Duplicate.EXHAUST, List.of(), OptionalInt.empty());
        Preferences p = BallotRules.apply(c, box(ABC, "A A B"));
        assertThat(groups(p)).containsExactly(Map.entry("A", 1L));
    }

    @Test
    void moreConsecutiveSkippedRanksThanAllowedExhaustTheBallot() {
        CountConfig one = irv(CountConfig.Overvote.EXHAUST, OptionalInt.of(1), CountConfig.Duplicate.SKIP, List.of(), OptionalInt.empty());
        Preferences p = BallotRules.apply(one, box(ABC, "A - B", "A - - B", "- - C"));
        assertThat(groups(p)).containsExactly(Map.entry("A", 1L), Map.entry("A>B", 1L));
        assertThat(p.counts().invalid()).containsExactly(Map.entry(BallotRules.SKIPPED_FIRST, 1L));
    }

    @Test
    void unlimitedSkippedRanksAreTheDefault() {
        Preferences p = BallotRules.apply(irv(), box(ABC, "- - C", "A - - B"));
        assertThat(groups(p)).containsExactly(Map.entry("A>B", 1L), Map.entry("C", 1L));
    }

    @Test
    void withdrawnCandidatesArePassedOver() {
        CountConfig c = irv(CountConfig.Overvote.EXHAUST, OptionalInt.empty(), CountConfig.Duplicate.SKIP, List.of("B"), OptionalInt.empty());
        Preferences p = BallotRules.apply(c, box(ABC, "B A", "B", "A=B C"));
        assertThat(groups(p)).containsExactly(Map.entry("A", 1L), Map.entry("A>C", 1L));
        assertThat(p.counts().invalid()).containsExactly(Map.entry(BallotRules.ONLY_WITHDRAWN, 1L));
    }

    @Test
    void maxRankingsIgnoresLaterRanks() {
        CountConfig c = irv(CountConfig.Overvote.EXHAUST, OptionalInt.empty(), CountConfig.Duplicate.SKIP, List.of(), OptionalInt.of(2));
        Preferences p = BallotRules.apply(c, box(ABC, "A B C", "- - C"));
        assertThat(groups(p)).containsExactly(Map.entry("A>B", 1L));
        assertThat(p.counts().invalid()).containsExactly(Map.entry(BallotRules.BEYOND_MAX, 1L));
    }

    @Test
    void blankBallotsAreCountedNotDropped() {
        Preferences p = BallotRules.apply(irv(), box(ABC, "3: ", "2: A", "- -"));
        assertThat(p.counts().blank()).isEqualTo(4);
        assertThat(p.counts().valid()).isEqualTo(2);
        assertThat(p.counts().read()).isEqualTo(6);
    }

    @Test
    void pluralityBallotMarkingMoreCandidatesThanSeatsIsInvalid() {
        Preferences p = BallotRules.apply(CountConfig.defaults(Method.PLURALITY, 2), box(ABC, "A=B", "A=B=C", "C"));
        assertThat(groups(p)).containsExactly(Map.entry("A>B", 1L), Map.entry("C", 1L));
        assertThat(p.counts().invalid()).containsExactly(Map.entry(BallotRules.TOO_MANY_MARKS, 1L));
    }
}
