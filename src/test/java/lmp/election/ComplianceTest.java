package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lmp.election.CheckItem.Status;
import lmp.roster.Roster;
import lmp.terms.TermsPolicy;
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

    // 29 CFR 452.71(a): at the candidate's option any time within the 30 days before 2026-11-04, i.e. 2026-10-05 to
    // 2026-11-03, so the list is open that whole period unless the candidates asked for particular days.
    // Issue 12, case 3: these used to pass when the list was open on one day only.
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2026-10-04, PASS", "2026-10-05, PASS", "2026-10-06, FAIL"})
    void listOpenFromTheThirtiethDayBeforeTheElection(String from, Status expected) {
        assertThat(status(with("list_inspection_from", from), "list-inspection", AS_OF)).isEqualTo(expected);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2026-11-02, FAIL", "2026-11-03, PASS", "2026-11-04, PASS"})
    void listOpenUntilTheDayBeforeTheElection(String until, Status expected) {
        assertThat(status(with("list_inspection_until", until), "list-inspection", AS_OF)).isEqualTo(expected);
    }

    @Test
    void listOpenOnlyOnTheEveOfTheElectionFailsUnlessACandidateAskedForIt() {
        Map<String, String> d = TestElections.goodDates();
        d.put("list_inspection_from", "2026-11-03");
        d.put("list_inspection_until", "2026-11-03");
        assertThat(status(TestElections.coLead(d, ""), "list-inspection", AS_OF)).isEqualTo(Status.FAIL);
        assertThat(status(TestElections.coLead(d, "", "[Ann Steward, Ben Plain]",
                "[{id: \"1\", name: Ann Steward}, {id: \"2\", name: Ben Plain}]\n  list_inspection_on_request: true"),
                "list-inspection", AS_OF)).isEqualTo(Status.PASS);
    }

    // Mail ballots mailed 2026-10-20: the period is 2026-09-20 to 2026-10-19; a list offered only after the ballots went
    // out is unreasonable (29 CFR 452.72), even on request.
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2026-10-18, PASS", "2026-10-19, PASS", "2026-10-20, FAIL"})
    void mailBallotListMustBeOfferedBeforeTheBallotsAreMailed(String day, Status expected) {
        Map<String, String> d = TestElections.goodDates();
        d.put("mail_ballot", "true");
        d.put("ballots_mailed", "2026-10-20");
        d.put("return_deadline", "2026-11-05");
        d.put("notice_mailed", null);
        d.put("voting_opens", null);
        d.put("voting_closes", null);
        d.put("list_inspection_from", day);
        d.put("list_inspection_until", day);
        Election e = TestElections.coLead(d, "", "[Ann Steward, Ben Plain]",
                "[{id: \"1\", name: Ann Steward}, {id: \"2\", name: Ben Plain}]\n  list_inspection_on_request: true");
        assertThat(status(e, "list-inspection", AS_OF)).isEqualTo(expected);
    }

    @Test
    void unscheduledListIsDueUntilTheFirstDayOfThePeriod() {
        Election e = with("list_inspection_from", null);
        assertThat(status(e, "list-inspection", LocalDate.parse("2026-10-05"))).isEqualTo(Status.DUE);
        assertThat(status(e, "list-inspection", LocalDate.parse("2026-10-06"))).isEqualTo(Status.FAIL);
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
    void candidateOnLeaveInGoodStandingIsEligible() {
        // LMRDA 401(e): every member in good standing may be a candidate (issue 12; this used to be a violation).
        // Gus is not a steward yet, so the co-lead grace period makes the line DUE, not a violation.
        assertThat(status(withCandidate("7", "Gus Leave"), "candidates", AS_OF)).isEqualTo(Status.DUE);
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

    // Issue 12, case 2: the 3-year rule runs from the date of the last election (29 CFR 452.24), which certify records
    // as elected_on. Elected 2026-11-05 for a term from 2027-01-01: the next election must end by 2029-11-05.
    private static Roster electedOnRoster(String electedOn) {
        return lmp.roster.formats.RosterYaml.read(lmp.io.InputFile.ofText("r.yaml", """
                lmp_roster: 1
                ubts: [{id: U1, name: One, facility: F, area: A}]
                members:
                  - {id: "1", name: Ann Steward, local: L1, ubt: U1, steward: {since: 2020-01-01}}
                  - {id: "2", name: Ben Plain, local: L1, ubt: U1}
                roles:
                  - {member: "1", role: ubt-co-lead, scope: U1, start: 2027-01-01, end: 2028-12-31, chosen: elected%s}
                """.formatted(electedOn.isEmpty() ? "" : ", elected_on: " + electedOn))).orThrow();
    }

    private static CheckItem threeYears(String votingDay, Roster r, TermOfOffice terms) {
        Map<String, String> d = TestElections.goodDates();
        d.put("voting_opens", votingDay);
        d.put("voting_closes", votingDay);
        d.put("count", votingDay);
        d.put("term_starts", "2031-01-01");
        return Compliance.check(TestElections.coLead(d, ""), r, TestElections.rosterSha(), AS_OF, terms).stream()
                .filter(i -> i.rule().equals("three-years")).findFirst().orElseThrow();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2029-11-04, PASS", "2029-11-05, PASS", "2029-11-06, FAIL", "2030-01-01, FAIL"})
    void threeYearsRunFromTheDateOfTheLastElection(String day, Status expected) {
        CheckItem i = threeYears(day, electedOnRoster("2026-11-05"), TermOfOffice.defaults());
        assertThat(i.status()).isEqualTo(expected);
        assertThat(i.message()).contains("last elected on 2026-11-05", "limit 2029-11-05");
        assertThat(i.source()).startsWith("best practice (LMRDA standard): LMRDA 401(b); 29 CFR 452.23-452.24");
    }

    @Test
    void aPolicyMarkingTheRoleAnOfficerCitesTheThreeYearRuleAsTheLaw() {
        TermsPolicy officer = lmp.terms.formats.PolicyYaml.read(lmp.io.InputFile.ofText("bylaws.yaml", """
                lmp_policy: 1
                roles:
                  ubt-co-lead: {lmrda_officer: true}
                """)).orThrow();
        CheckItem i = threeYears("2030-01-01", electedOnRoster("2026-11-05"), new TermOfOffice(officer));
        assertThat(i.status()).isEqualTo(Status.FAIL);
        assertThat(i.source()).isEqualTo("legal requirement: LMRDA 401(b); 29 CFR 452.23-452.24; role policy: bylaws.yaml:3");
    }

    @Test
    void withoutElectedOnTheRuleRunsFromTheTermStartAndSaysSo() {
        CheckItem i = threeYears("2030-01-01", electedOnRoster(""), TermOfOffice.defaults());
        assertThat(i.status()).isEqualTo(Status.PASS);
        assertThat(i.message()).contains("no elected_on recorded");
    }

    // Item 4: campaigning on employer-paid release time (LMRDA 401(g); 29 CFR 452.78). Ann holds the U1 co-lead seat
    // (one shift a month paid by Kaiser) until 2026-12-31; voting opens 2026-11-04.
    @Test
    void candidateOnEmployerPaidReleaseTimeIsWarned() {
        List<CheckItem> items = Compliance.check(TestElections.coLead(TestElections.goodDates(), ""), TestElections.roster(),
                TestElections.rosterSha(), AS_OF).stream().filter(i -> i.rule().equals("release-time")).toList();
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(Status.WARN);
            assertThat(i.message()).contains("Ann Steward (1)", "ubt-co-lead of U1", "paid by Kaiser");
            assertThat(i.source()).contains("LMRDA 401(g); 29 CFR 452.78");
        });
    }

    @Test
    void anElectionOfficialWhoIsACandidateIsWarned() {
        Election e = TestElections.coLead(TestElections.goodDates(), "", "[Ann Steward, Ben Plain]",
                "[{id: \"1\", name: Ann Steward}, {id: \"2\", name: Ben Plain}]\n  officials: [\"2\", \"9\"]");
        List<CheckItem> items = Compliance.check(e, TestElections.roster(), TestElections.rosterSha(), AS_OF).stream()
                .filter(i -> i.rule().equals("officials")).toList();
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(Status.WARN);
            assertThat(i.message()).contains("Ben Plain (2)", "election official");
        });
    }

    // 29 CFR 452.28: unopposed candidates may be declared elected when nominations were open, write-ins are not
    // allowed and the bylaws (the role policy) say so.
    @Test
    void unopposedCandidateIsDeclaredElectedOnlyWhereThePolicyAllows() {
        Election one = withCandidate("1", "Ann Steward");
        CheckItem byDefault = Compliance.check(one, TestElections.roster(), TestElections.rosterSha(), AS_OF).stream()
                .filter(i -> i.rule().equals("unopposed")).findFirst().orElseThrow();
        assertThat(byDefault.status()).isEqualTo(Status.INFO);
        assertThat(byDefault.message()).contains("the ballot is held");
        TermsPolicy allows = lmp.terms.formats.PolicyYaml.read(lmp.io.InputFile.ofText("p.yaml", """
                lmp_policy: 1
                roles:
                  ubt-co-lead: {unopposed_declared_elected: true}
                """)).orThrow();
        CheckItem allowed = Compliance.check(one, TestElections.roster(), TestElections.rosterSha(), AS_OF, new TermOfOffice(allows))
                .stream().filter(i -> i.rule().equals("unopposed")).findFirst().orElseThrow();
        assertThat(allowed.status()).isEqualTo(Status.PASS);
        assertThat(allowed.message()).contains("declared elected without a ballot", "role policy: p.yaml:3");
        assertThat(Compliance.check(TestElections.coLead(TestElections.goodDates(), ""), TestElections.roster(),
                TestElections.rosterSha(), AS_OF, new TermOfOffice(allows)).stream().filter(i -> i.rule().equals("unopposed"))
                .findFirst().orElseThrow().message()).contains("contested");
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
