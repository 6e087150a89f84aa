package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a printed ballot says, for each counting method, with rotation, write-ins and mail. */
class BallotDesignTest {
    private static final String NO_MARK = "Do not sign this ballot or write anything on it that could identify you; a ballot with an "
            + "identifying mark cannot be counted. If you make a mistake, ask for a new ballot: the spoiled one is kept, uncounted.";

    private static Election with(String method, int seats, List<String> candidates, List<String> withdrawn, Map<String, String> rules) {
        Election e = TestElections.coLead(TestElections.goodDates(), "");
        return e.withCount(new CountPart("Co-lead", method, seats, candidates, withdrawn, rules, Map.of(), List.of()));
    }

    @Test
    void aPluralityBallotForOneSeat() {
        BallotDesign d = BallotDesign.of(with("plurality", 1, List.of("A", "B", "C"), List.of("B"), Map.of()), true);
        assertThat(d.title()).isEqualTo("Co-lead");
        assertThat(d.office()).isEqualTo("Office: UBT union co-lead, U1 (1 seat)");
        assertThat(d.votingLine()).isEqualTo("Voting: 2026-11-04 to 2026-11-05");
        assertThat(d.instructions()).containsExactly("Vote for ONE candidate. Fill in the box next to the candidate of your choice.",
                NO_MARK);
        // Rotated: each standing candidate heads the list once; a withdrawn one is not printed.
        assertThat(d.orders()).containsExactly(List.of("A", "C"), List.of("C", "A"));
        assertThat(d.ranked()).isFalse();
        assertThat(d.ranks()).isZero();
        assertThat(d.writeInLines()).isZero();
        assertThat(d.mail()).isFalse();
        assertThat(BallotDesign.of(with("plurality", 1, List.of("A", "B", "C"), List.of(), Map.of()), false).orders())
                .containsExactly(List.of("A", "B", "C"));
    }

    @Test
    void aPluralityBallotForSeveralSeatsWithWriteIns() {
        BallotDesign d = BallotDesign.of(with("plurality", 2, List.of("A", "B", "C"), List.of(), Map.of("write_ins", "true")), false);
        assertThat(d.office()).isEqualTo("Office: UBT union co-lead, U1 (2 seats)");
        assertThat(d.instructions()).containsExactly("Vote for up to 2 candidates. Fill in the box next to each candidate of your choice.",
                "To vote for a member who is not listed, write the name on a write-in line and mark it as above.", NO_MARK);
        assertThat(d.writeInLines()).isEqualTo(2);
    }

    @Test
    void anApprovalBallot() {
        BallotDesign d = BallotDesign.of(with("approval", 1, List.of("A", "B"), List.of(), Map.of("write_ins", "allowed")), false);
        assertThat(d.instructions()).first().isEqualTo("Vote for as many candidates as you approve of. Fill in the box next to each "
                + "candidate you approve of.");
        assertThat(d.writeInLines()).isEqualTo(1);
    }

    @Test
    void aRankedBallotOffersARankPerCandidateOrUpToMaxRankings() {
        BallotDesign irv = BallotDesign.of(with("irv", 1, List.of("A", "B", "C"), List.of(), Map.of("write_ins", "allow")), false);
        assertThat(irv.instructions()).containsExactly("Rank the candidates in order of your preference: in the row of your first "
                        + "choice mark the column 1st, in the row of your second choice mark 2nd, and so on. Rank as many or as few "
                        + "candidates as you wish.", "Give each rank to one candidate only, and each candidate one rank only.",
                "To vote for a member who is not listed, write the name on a write-in line and mark it as above.", NO_MARK);
        assertThat(irv.ranked()).isTrue();
        assertThat(irv.ranks()).isEqualTo(3);
        assertThat(irv.writeInLines()).isEqualTo(1);
        BallotDesign stv = BallotDesign.of(with("stv", 2, List.of("A", "B", "C"), List.of(), Map.of("max_rankings", "2")), false);
        assertThat(stv.instructions().get(0)).contains("preference (2 seats): in the row", "as you wish, up to 2.");
        assertThat(stv.ranks()).isEqualTo(2);
        BallotDesign meek = BallotDesign.of(with("meek", 2, List.of("A", "B", "C"), List.of(), Map.of("max_rankings", "3")), false);
        assertThat(meek.instructions().get(0)).endsWith("as you wish.");
        assertThat(meek.ranks()).isEqualTo(3);
    }

    @Test
    void aMailBallotSaysHowToReturnIt() {
        Map<String, String> dates = TestElections.goodDates();
        dates.put("mail_ballot", "true");
        dates.put("ballots_mailed", "2026-10-20");
        dates.put("return_deadline", "2026-11-06");
        BallotDesign d = BallotDesign.of(TestElections.coLead(dates, ""), false);
        assertThat(d.mail()).isTrue();
        assertThat(d.votingLine()).isEqualTo("Mail ballot: must be received by 2026-11-06");
        assertThat(d.instructions()).last().isEqualTo("Put this ballot in the secret-ballot envelope and seal it. Put that envelope in "
                + "the return envelope, sign the outside of the return envelope only, and mail it to arrive by 2026-11-06.");
        dates.put("return_deadline", null);
        dates.put("count", null);
        BallotDesign noDeadline = BallotDesign.of(TestElections.coLead(dates, ""), false);
        assertThat(noDeadline.votingLine()).isEqualTo("Mail ballot");
        assertThat(noDeadline.instructions()).last().asString().endsWith("and mail it.");
    }

    @Test
    void oneDayOfVotingIsOneDate() {
        Map<String, String> dates = TestElections.goodDates();
        dates.put("voting_closes", "2026-11-04");
        assertThat(BallotDesign.of(TestElections.coLead(dates, ""), false).votingLine()).isEqualTo("Voting: 2026-11-04");
        dates.put("voting_closes", null);
        assertThat(BallotDesign.of(TestElections.coLead(dates, ""), false).votingLine()).isEqualTo("Voting: 2026-11-04");
        dates.put("voting_opens", null);
        assertThat(BallotDesign.of(TestElections.coLead(dates, ""), false).votingLine()).isEmpty();
    }

    @Test
    void ordinals() {
        assertThat(List.of(1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 101, 111, 112, 113)).map(BallotDesign::ordinal)
                .containsExactly("1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "14th", "21st", "22nd", "23rd", "101st",
                        "111th", "112th", "113th");
    }

    @Test
    void countPartRules() {
        CountPart c = new CountPart("t", "irv", 1, List.of("A", "B", "C"), List.of("C"), Map.of("max_rankings", "unlimited",
                "write_ins", "no"), Map.of(), List.of());
        assertThat(c.standing()).containsExactly("A", "B");
        assertThat(c.maxRankings()).isEqualTo(2);
        assertThat(c.writeInsAllowed()).isFalse();
        assertThat(c.isRanked()).isTrue();
        assertThat(new CountPart("t", "plurality", 1, List.of("A"), List.of(), Map.of(), Map.of(), List.of()).isRanked()).isFalse();
        assertThat(new CountPart("t", "meek", 1, List.of("A"), List.of(), Map.of(), Map.of(), List.of()).isRanked()).isTrue();
        assertThat(new CountPart("t", "stv", 1, List.of("A", "B"), List.of(), Map.of("max_rankings", "5"), Map.of(), List.of())
                .maxRankings()).isEqualTo(2);
        assertThat(new CountPart("t", "stv", 1, List.of("A", "B"), List.of(), Map.of("max_rankings", "1"), Map.of(), List.of())
                .maxRankings()).isEqualTo(1);
        assertThat(c.withBallots(List.of("b.csv")).ballots()).containsExactly("b.csv");
    }
}
