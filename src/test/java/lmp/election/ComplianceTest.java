package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lmp.election.CheckItem.Status;
import org.junit.jupiter.api.Test;

/** Each compliance rule at its exact boundary day: the last day that passes and the first that fails. */
class ComplianceTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-10-02");

    private static Status status(Election e, String rule, LocalDate asOf) {
        List<CheckItem> items = Compliance.check(e, TestElections.roster(), TestElections.rosterSha(), asOf).stream()
                .filter(i -> i.rule().equals(rule)).toList();
        assertThat(items).as(rule).isNotEmpty();
        return items.stream().anyMatch(CheckItem::isViolation) ? Status.FAIL
                : items.stream().anyMatch(i -> i.status() == Status.DUE) ? Status.DUE : items.get(0).status();
    }

    private static Election with(String key, String value) {
        Map<String, String> d = TestElections.goodDates();
        d.put(key, value);
        return TestElections.coLead(d, "");
    }

    private static Election with(String key, String value, String extra) {
        Map<String, String> d = TestElections.goodDates();
        d.put(key, value);
        return TestElections.coLead(d, extra);
    }

    @Test
    void theStandardCalendarHasNoViolations() {
        Election e = TestElections.coLead(TestElections.goodDates(), "");
        var items = Compliance.check(e, TestElections.roster(), TestElections.rosterSha(), AS_OF);
        assertThat(items).noneMatch(CheckItem::isViolation);
    }

    // LMRDA 401(e), 29 CFR 452.99: voting opens 2026-11-04, so the notice is due by 2026-10-20.
    @Test
    void noticeMailedFifteenDaysBeforeVotingPasses() {
        assertThat(status(with("notice_mailed", "2026-10-20"), "notice", AS_OF)).isEqualTo(Status.PASS);
    }

    @Test
    void noticeMailedFourteenDaysBeforeVotingIsAViolation() {
        assertThat(status(with("notice_mailed", "2026-10-21"), "notice", AS_OF)).isEqualTo(Status.FAIL);
    }

    @Test
    void unrecordedNoticeIsDueOnTheLastDayAndAViolationTheDayAfter() {
        Election e = with("notice_mailed", null);
        assertThat(status(e, "notice", LocalDate.parse("2026-10-20"))).isEqualTo(Status.DUE);
        assertThat(status(e, "notice", LocalDate.parse("2026-10-21"))).isEqualTo(Status.FAIL);
    }

    // 29 CFR 452.102: mail ballots must go out 15 days before the return deadline (2026-11-20 -> by 11-05).
    @Test
    void mailBallotsSentFifteenDaysBeforeTheReturnDeadlinePass() {
        Map<String, String> d = TestElections.goodDates();
        d.put("mail_ballot", "true");
        d.put("return_deadline", "2026-11-20");
        d.put("ballots_mailed", "2026-11-05");
        d.put("voting_closes", "2026-11-20");
        d.put("count", "2026-11-20");
        assertThat(status(TestElections.coLead(d, "records: {keep_until: 2027-11-20}"), "notice", AS_OF)).isEqualTo(Status.PASS);
    }

    @Test
    void mailBallotsSentFourteenDaysBeforeTheReturnDeadlineAreAViolation() {
        Map<String, String> d = TestElections.goodDates();
        d.put("mail_ballot", "true");
        d.put("return_deadline", "2026-11-20");
        d.put("ballots_mailed", "2026-11-06");
        d.put("voting_closes", "2026-11-20");
        d.put("count", "2026-11-20");
        assertThat(status(TestElections.coLead(d, "records: {keep_until: 2027-11-20}"), "notice", AS_OF)).isEqualTo(Status.FAIL);
    }

    // 29 CFR 452.71: within 30 days before 2026-11-04 means 2026-10-05 to 2026-11-03.
    @Test
    void listAvailableUntilTheThirtiethDayBeforeTheElectionPasses() {
        Map<String, String> d = TestElections.goodDates();
        d.put("list_inspection_from", "2026-09-20");
        d.put("list_inspection_until", "2026-10-05");
        assertThat(status(TestElections.coLead(d, ""), "list-inspection", AS_OF)).isEqualTo(Status.PASS);
    }

    @Test
    void listAvailableOnlyUntilTheThirtyFirstDayBeforeTheElectionIsAViolation() {
        Map<String, String> d = TestElections.goodDates();
        d.put("list_inspection_from", "2026-09-20");
        d.put("list_inspection_until", "2026-10-04");
        assertThat(status(TestElections.coLead(d, ""), "list-inspection", AS_OF)).isEqualTo(Status.FAIL);
    }

    @Test
    void listFirstAvailableTheDayBeforeTheElectionPassesButOnElectionDayFails() {
        assertThat(status(with("list_inspection_from", "2026-11-03"), "list-inspection", AS_OF)).isEqualTo(Status.PASS);
        assertThat(status(with("list_inspection_from", "2026-11-04"), "list-inspection", AS_OF)).isEqualTo(Status.FAIL);
    }

    // Seed 000: a co-lead must be a steward or become one within six months of taking office (2027-01-01 -> 2027-07-01).
    private static Election withCandidate(String id, String name) {
        return TestElections.coLead(TestElections.goodDates(), "", "[" + name + "]", "[{id: \"" + id + "\", name: " + name + "}]");
    }

    @Test
    void coLeadWhoIsNotAStewardIsDueOnTheDeadlineAndAViolationTheDayAfter() {
        Election e = withCandidate("2", "Ben Plain");
        assertThat(status(e, "candidates", LocalDate.parse("2027-07-01"))).isEqualTo(Status.DUE);
        assertThat(status(e, "candidates", LocalDate.parse("2027-07-02"))).isEqualTo(Status.FAIL);
    }

    @Test
    void coLeadDesignatedStewardOnTheSixMonthDeadlinePasses() {
        assertThat(status(withCandidate("4", "Dan Ontime"), "candidates", AS_OF)).isEqualTo(Status.PASS);
    }

    @Test
    void coLeadDesignatedStewardTheDayAfterTheDeadlineIsAViolation() {
        assertThat(status(withCandidate("3", "Cat Late"), "candidates", AS_OF)).isEqualTo(Status.FAIL);
    }

    @Test
    void candidateNotInGoodStandingIsAViolation() {
        assertThat(status(withCandidate("5", "Eve Lapsed"), "candidates", AS_OF)).isEqualTo(Status.FAIL);
    }

    @Test
    void candidateOnLeaveIsAViolation() {
        assertThat(status(withCandidate("7", "Gus Leave"), "candidates", AS_OF)).isEqualTo(Status.FAIL);
    }

    @Test
    void candidateFromAnotherUbtIsAViolation() {
        assertThat(status(withCandidate("6", "Fay Other"), "candidates", AS_OF)).isEqualTo(Status.FAIL);
    }

    @Test
    void stewardInGoodStandingOfTheUbtPasses() {
        assertThat(status(withCandidate("1", "Ann Steward"), "candidates", AS_OF)).isEqualTo(Status.PASS);
    }

    // LMRDA 401(b): last elected term started 2025-01-01, so the next election must end by 2028-01-01.
    @Test
    void electionEndingThreeYearsAfterTheLastOnePasses() {
        Map<String, String> d = TestElections.goodDates();
        d.put("voting_opens", "2028-01-01");
        d.put("voting_closes", "2028-01-01");
        d.put("count", "2028-01-01");
        d.put("term_starts", "2028-01-02");
        assertThat(status(TestElections.coLead(d, ""), "three-years", AS_OF)).isEqualTo(Status.PASS);
    }

    @Test
    void electionEndingThreeYearsAndADayAfterTheLastOneIsAViolation() {
        Map<String, String> d = TestElections.goodDates();
        d.put("voting_opens", "2028-01-02");
        d.put("voting_closes", "2028-01-02");
        d.put("count", "2028-01-02");
        d.put("term_starts", "2028-01-03");
        assertThat(status(TestElections.coLead(d, ""), "three-years", AS_OF)).isEqualTo(Status.FAIL);
    }

    // 29 CFR 452.30: a run-off on 2026-12-01 needs its own notice by 2026-11-16, unless the notice announced it.
    @Test
    void runoffNoticeFifteenDaysAheadPasses() {
        assertThat(status(with("runoff_notice", "2026-11-16", "runoff: {date: 2026-12-01}"), "runoff-notice", AS_OF))
                .isEqualTo(Status.PASS);
    }

    @Test
    void runoffNoticeFourteenDaysAheadIsAViolation() {
        assertThat(status(with("runoff_notice", "2026-11-17", "runoff: {date: 2026-12-01}"), "runoff-notice", AS_OF))
                .isEqualTo(Status.FAIL);
    }

    @Test
    void runoffAnnouncedInTheNoticeOfElectionNeedsNoOtherNotice() {
        assertThat(status(with("runoff_notice", null, "runoff: {date: 2026-12-01}\nnotice: {announces_runoff: true}"),
                "runoff-notice", LocalDate.parse("2026-11-30"))).isEqualTo(Status.PASS);
    }

    // 29 CFR 452.106: count 2026-11-05, so records are kept until at least 2027-11-05.
    @Test
    void recordsKeptOneYearAfterTheCountPass() {
        assertThat(status(with("count", "2026-11-05", "records: {keep_until: 2027-11-05}"), "records", AS_OF)).isEqualTo(Status.PASS);
    }

    @Test
    void recordsKeptOneYearLessADayAreAViolation() {
        assertThat(status(with("count", "2026-11-05", "records: {keep_until: 2027-11-04}"), "records", AS_OF)).isEqualTo(Status.FAIL);
    }

    @Test
    void aChallengeReasonThatNamesAVoterIsASecrecyViolation() {
        assertThat(status(with("count", "2026-11-05", "challenged: [{voter: \"4\", reason: Ben Plain lost his card, resolution: accepted}]"),
                "secrecy", AS_OF)).isEqualTo(Status.FAIL);
        assertThat(status(with("count", "2026-11-05", "challenged: [{voter: \"4\", reason: voter \"3\" not listed, resolution: accepted}]"),
                "secrecy", AS_OF)).isEqualTo(Status.FAIL);
        assertThat(status(with("count", "2026-11-05", "challenged: [{voter: \"4\", reason: no photo ID, resolution: accepted}]"),
                "secrecy", AS_OF)).isEqualTo(Status.PASS);
    }

    @Test
    void rosterChangedSinceTheElectionWasCreatedIsAFinding() {
        Election e = TestElections.coLead(TestElections.goodDates(), "");
        var items = Compliance.check(e, TestElections.roster(), "0".repeat(64), AS_OF);
        assertThat(items).filteredOn(i -> i.rule().equals("roster")).singleElement().extracting(CheckItem::status).isEqualTo(Status.FAIL);
        var same = Compliance.check(e, TestElections.roster(), TestElections.rosterSha(), AS_OF);
        assertThat(same).filteredOn(i -> i.rule().equals("roster")).singleElement().extracting(CheckItem::status).isEqualTo(Status.PASS);
    }
}
