package lmp.terms;

import static lmp.terms.Checks.policyWith;
import static lmp.terms.RosterBuilder.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import lmp.io.Location;
import lmp.io.Severity;
import lmp.roster.HowChosen;
import lmp.roster.Member;
import lmp.roster.MemberStatus;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small pieces the rules are built of: periods in text, good standing, and the term arithmetic of the policy. */
class TermsUnitsTest {

    @ParameterizedTest
    @CsvSource({"2y, P2Y", "6m, P6M", "90d, P90D", "1y6m, P1Y6M", "' 1Y 6M ', P1Y6M", "2w, P14D", "2w3d, P17D", "1w, P7D",
            "0d, P0D"})
    void periodsAreParsed(String text, String period) {
        assertThat(PeriodText.parse(text)).contains(Period.parse(period));
    }

    @ParameterizedTest
    @CsvSource({"''", "' '", "x", "2", "y", "6m2y", "2 years"})
    void otherTextIsNoPeriod(String text) {
        assertThat(PeriodText.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"P0D, 0d, no time", "P2Y, 2y, 2 years", "P1Y, 1y, 1 year", "P6M, 6m, 6 months", "P1M, 1m, 1 month",
            "P1Y6M, 1y6m, 1 year 6 months", "P1Y1M1D, 1y1m1d, 1 year 1 month 1 day", "P3D, 3d, 3 days", "P1D, 1d, 1 day",
            "P2Y10D, 2y10d, 2 years 10 days"})
    void periodsAreWrittenShortAndInWords(String period, String shortForm, String words) {
        assertThat(PeriodText.format(Period.parse(period))).isEqualTo(shortForm);
        assertThat(PeriodText.words(Period.parse(period))).isEqualTo(words);
    }

    private static Member paidThrough(String day, boolean goodStanding) {
        return new Member("M1", "Name M1", "Local 1", Optional.empty(), Optional.empty(), MemberStatus.ACTIVE, goodStanding,
                Optional.empty(), Optional.ofNullable(day).map(LocalDate::parse), Optional.empty(), Location.of("t.yaml", 1));
    }

    // One month of grace: 2026-10-31 less a month is 2026-09-30 (clamped), 2026-11-01 less a month is 2026-10-01.
    @ParameterizedTest
    @CsvSource({"2026-10-30, true", "2026-10-31, true", "2026-11-01, false"})
    void duesPaidThroughTheLastDayOfSeptemberKeepGoodStandingThroughOctober(String day, boolean inStanding) {
        GoodStanding g = GoodStanding.defaults();
        assertThat(g.test(paidThrough("2026-09-30", true), d(day))).isEqualTo(inStanding);
        assertThat(g.why(paidThrough("2026-09-30", true), d(day))).isEqualTo(inStanding ? ""
                : "dues paid through 2026-09-30, before 2026-10-01 (2026-11-01 less the grace of 1 month)");
    }

    @Test
    void goodStandingNeedsTheRosterFlagAndIsUndatedWithoutDues() {
        GoodStanding g = GoodStanding.defaults();
        assertThat(g.paidThroughNeeded(d("2026-11-01"))).isEqualTo("2026-10-01");
        assertThat(g.test(paidThrough(null, true), d("2030-01-01"))).isTrue();
        assertThat(g.why(paidThrough(null, true), d("2030-01-01"))).isEmpty();
        assertThat(g.test(paidThrough("2026-12-31", false), d("2026-06-15"))).isFalse();
        assertThat(g.why(paidThrough("2026-12-31", false), d("2026-06-15"))).isEqualTo("not in good standing on the roster");
        assertThat(g.why(paidThrough(null, false), d("2026-06-15"))).isEqualTo("not in good standing on the roster");
    }

    private static RoleAssignment term(Role role, String start, String end, HowChosen chosen) {
        return new RoleAssignment("S1", role, "X", d(start), Optional.ofNullable(end).map(LocalDate::parse), chosen,
                Location.of("t.yaml", 2));
    }

    @Test
    void theThreeYearLimitBindsElectedRolesAndHoldersRecordedAsElected() {
        TermsPolicy p = DefaultPolicy.policy();
        assertThat(p.capApplies(term(Role.STEWARD_COUNCIL_CHAIR, "2024-01-01", null, HowChosen.ELECTED))).isTrue();
        assertThat(p.capApplies(term(Role.IMPROVEMENT_ADVISOR, "2024-01-01", null, HowChosen.HIRED))).isFalse();
        // A hired role without a term, whose holder the roster records as elected: the limit binds.
        assertThat(p.capApplies(term(Role.IMPROVEMENT_ADVISOR, "2024-01-01", null, HowChosen.ELECTED))).isTrue();
        assertThat(p.capApplies(term(Role.CONTRACT_SPECIALIST, "2024-01-01", null, HowChosen.ELECTED))).isTrue();
        TermsPolicy fourYears = policyWith(Role.IMPROVEMENT_ADVISOR, b -> b.term(Optional.of(Period.ofYears(4)), "t"));
        assertThat(fourYears.capApplies(term(Role.IMPROVEMENT_ADVISOR, "2024-01-01", null, HowChosen.ELECTED))).isFalse();
        TermsPolicy threeYears = policyWith(Role.IMPROVEMENT_ADVISOR, b -> b.term(Optional.of(Period.ofYears(3)), "t"));
        assertThat(threeYears.capApplies(term(Role.IMPROVEMENT_ADVISOR, "2024-01-01", null, HowChosen.ELECTED))).isTrue();
        TermsPolicy officer = policyWith(Role.IMPROVEMENT_ADVISOR, b -> b.term(Optional.of(Period.ofYears(4)), "t").lmrdaOfficer(true, "t"));
        assertThat(officer.capApplies(term(Role.IMPROVEMENT_ADVISOR, "2024-01-01", null, HowChosen.ELECTED))).isTrue();
        // An elected role the policy gives four years: the limit is relaxed, for a holder recorded as elected too.
        TermsPolicy longCoLead = policyWith(Role.UBT_CO_LEAD, b -> b.term(Optional.of(Period.ofYears(4)), "t"));
        assertThat(longCoLead.capApplies(term(Role.UBT_CO_LEAD, "2024-01-01", null, HowChosen.ELECTED))).isFalse();
    }

    @Test
    void lastDayIsTheEndOnTheRosterOrTheEarlierOfPolicyAndLimit() {
        TermsPolicy p = DefaultPolicy.policy();
        // Recorded end wins, even past the policy term.
        assertThat(p.lastDay(term(Role.UBT_CO_LEAD, "2024-01-01", "2027-06-30", HowChosen.ELECTED))).contains(d("2027-06-30"));
        // Co-lead, open: policy 2025-12-31, limit 2026-12-31.
        RoleAssignment coLead = term(Role.UBT_CO_LEAD, "2024-01-01", null, HowChosen.ELECTED);
        assertThat(p.policyLastDay(coLead)).contains(d("2025-12-31"));
        assertThat(p.capLastDay(coLead)).contains(d("2026-12-31"));
        assertThat(p.lastDay(coLead)).contains(d("2025-12-31"));
        // An officer with a four-year term: policy 2027-12-31, limit 2026-12-31.
        TermsPolicy officer = policyWith(Role.UNION_OFFICER, b -> b.term(Optional.of(Period.ofYears(4)), "t"));
        assertThat(officer.lastDay(term(Role.UNION_OFFICER, "2024-01-01", null, HowChosen.ELECTED))).contains(d("2026-12-31"));
        // Selected: only the policy; chair: only the limit; hired without a term: none.
        RoleAssignment specialist = term(Role.CONTRACT_SPECIALIST, "2026-01-01", null, HowChosen.SELECTED);
        assertThat(p.capLastDay(specialist)).isEmpty();
        assertThat(p.lastDay(specialist)).contains(d("2026-12-31"));
        RoleAssignment chair = term(Role.STEWARD_COUNCIL_CHAIR, "2022-01-01", null, HowChosen.ELECTED);
        assertThat(p.lastDay(chair)).contains(d("2024-12-31"));
        assertThat(p.isTermed(chair)).isTrue();
        RoleAssignment advisor = term(Role.IMPROVEMENT_ADVISOR, "2022-01-01", null, HowChosen.HIRED);
        assertThat(p.lastDay(advisor)).isEmpty();
        assertThat(p.isTermed(advisor)).isFalse();
        assertThat(p.isTermed(specialist)).isTrue();
    }

    @Test
    void customOfficeIsFoundByItsNameIgnoringCaseAndSpaces() {
        TermsPolicy p = new TermsPolicy("p", DefaultPolicy.policy().roles(), GoodStanding.defaults(), Map.of(
                "a", new TermsPolicy.CustomOffice("Trustee", true, Optional.of(Period.ofYears(3)), "t"),
                "b", new TermsPolicy.CustomOffice("Greeter", false, Optional.empty(), "g")));
        assertThat(p.customOffice(" greeter ").map(TermsPolicy.CustomOffice::source)).contains("g");
        assertThat(p.customOffice("TRUSTEE").map(TermsPolicy.CustomOffice::source)).contains("t");
        assertThat(p.customOffice("Sergeant")).isEmpty();
    }

    @Test
    void spellingsAndWordsOfTheSmallEnums() {
        assertThat(Credential.spellings()).containsExactly(Map.entry("none", Credential.NONE), Map.entry("steward", Credential.STEWARD),
                Map.entry("steward-of-council", Credential.STEWARD_OF_COUNCIL));
        assertThat(Credential.STEWARD.words()).isEqualTo("a steward");
        assertThat(Credential.NONE.words()).isEqualTo("no credential");
        assertThat(Credential.STEWARD_OF_COUNCIL.words()).isEqualTo("a steward on that council");
        assertThat(ReleaseTime.Basis.spellings()).containsOnlyKeys("none", "monthly", "full");
        assertThat(ReleaseTime.Basis.FULL.id()).isEqualTo("full");
        assertThat(FindingKind.TOO_MANY_HOLDERS.id()).isEqualTo("too-many-holders");
    }

    @Test
    void findingIsAnErrorOnlyWhenItsSeverityIs() {
        Finding error = new Finding(Severity.ERROR, FindingKind.VACANT_SEAT, Optional.empty(), "", Role.UBT_CO_LEAD, "U1",
                Optional.empty(), Optional.empty(), d("2026-06-15"), "m", "r", "s", Location.of("t.yaml", 1));
        Finding warning = new Finding(Severity.WARNING, FindingKind.VACANT_SEAT, Optional.of("S1"), "", Role.UBT_CO_LEAD, "U1",
                Optional.empty(), Optional.empty(), d("2026-06-15"), "m", "r", "s", Location.of("t.yaml", 1));
        assertThat(error.isError()).isTrue();
        assertThat(warning.isError()).isFalse();
        // Same but the member: a vacant seat (no member) sorts before a member's finding.
        Finding noMember = new Finding(Severity.WARNING, FindingKind.VACANT_SEAT, Optional.empty(), "", Role.UBT_CO_LEAD, "U1",
                Optional.empty(), Optional.empty(), d("2026-06-15"), "m", "r", "s", Location.of("t.yaml", 1));
        assertThat(Finding.ORDER.compare(noMember, warning)).isNegative();
        assertThat(Finding.ORDER.compare(warning, noMember)).isPositive();
    }

    @Test
    void stewardDeadlineStatus() {
        LocalDate deadline = d("2027-02-28");
        assertThat(StewardDeadline.status(Optional.of(deadline), deadline, d("2027-03-05"))).isEqualTo(StewardDeadline.Status.MET);
        assertThat(StewardDeadline.status(Optional.of(d("2027-03-01")), deadline, d("2026-12-01"))).isEqualTo(StewardDeadline.Status.LATE);
        assertThat(StewardDeadline.status(Optional.empty(), deadline, deadline)).isEqualTo(StewardDeadline.Status.DUE);
        assertThat(StewardDeadline.status(Optional.empty(), deadline, d("2027-03-01"))).isEqualTo(StewardDeadline.Status.MISSED);
        assertThat(TermCheck.seat(term(Role.UBT_CO_LEAD, "2026-01-01", null, HowChosen.ELECTED))).isEqualTo("ubt-co-lead of X");
    }
}
