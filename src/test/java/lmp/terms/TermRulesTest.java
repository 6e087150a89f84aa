package lmp.terms;

import static lmp.terms.Checks.findings;
import static lmp.terms.Checks.policyWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import lmp.io.Severity;
import lmp.roster.MemberStatus;
import lmp.roster.Role;
import lmp.roster.Roster;
import lmp.roster.StewardDesignation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every finding at its boundary day: the day before, the day of and the day after. Expected dates
 * are worked out by hand in the comments.
 */
class TermRulesTest {

    @Test
    void cleanRosterHasNoFindings() {
        assertThat(findings(RosterBuilder.clean().build(), "2026-06-15")).isEmpty();
    }

    // A two-year co-lead term from 2025-01-01 may end on 2026-12-31 at the latest.
    @ParameterizedTest
    @CsvSource({"2026-12-30, 0", "2026-12-31, 0", "2027-01-01, 1"})
    void coLeadTermLongerThanTwoYearsIsAFinding(String end, int expected) {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2025-01-01", end).build();
        List<Finding> f = findings(r, "2026-06-15", FindingKind.TERM_LONGER_THAN_POLICY);
        assertThat(f).hasSize(expected);
        if (expected == 1) {
            assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(f.get(0).date()).isEqualTo("2026-12-31");
            assertThat(f.get(0).source()).contains("built-in role policy").doesNotContain("seed");
            assertThat(f.get(0).member()).contains("S1");
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-12-31, 0", "2027-01-01, 1"})
    void contractSpecialistTermLongerThanTheTypicalYearIsAWarning(String end, int expected) {
        Roster r = RosterBuilder.clean().role("S1", Role.CONTRACT_SPECIALIST, "Unit S1", "2026-01-01", end).build();
        List<Finding> f = findings(r, "2026-06-15", FindingKind.TERM_LONGER_THAN_POLICY);
        assertThat(f).hasSize(expected);
        f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void termThatEndedBeforeTheDayJudgedIsNotCheckedForLength() {
        Roster r = RosterBuilder.clean().role("S1", Role.UBT_CO_LEAD, "U1", "2020-01-01", "2025-12-31").build();
        assertThat(findings(r, "2026-06-15", FindingKind.TERM_LONGER_THAN_POLICY)).isEmpty();
    }

    // The chair has no policy term; the LMRDA cap allows 2024-04-01 to 2027-03-31 at the latest.
    @ParameterizedTest
    @CsvSource({"2027-03-30, 0", "2027-03-31, 0", "2027-04-01, 1"})
    void electedTermLongerThanThreeYearsBreaksTheLmrdaCap(String end, int expected) {
        Roster r = RosterBuilder.clean().without(Role.STEWARD_COUNCIL_CHAIR)
                .role("S3", Role.STEWARD_COUNCIL_CHAIR, "C1", "2024-04-01", end).build();
        List<Finding> f = findings(r, "2026-06-15", FindingKind.TERM_LONGER_THAN_LMRDA_CAP);
        assertThat(f).hasSize(expected);
        if (expected == 1) {
            assertThat(f.get(0).date()).isEqualTo("2027-03-31");
            // A chair is not an LMRDA officer: the 3-year limit is labelled best practice (issue 12).
            assertThat(f.get(0).source()).isEqualTo("best practice (LMRDA standard): LMRDA 401(b); 29 CFR 452.23-452.24; "
                    + "built-in role policy: not an LMRDA officer");
        }
    }

    @Test
    void lmrdaCapAppliesToAnOfficerEvenWhenThePolicyAllowsALongerTerm() {
        TermsPolicy fourYears = policyWith(Role.LABOR_PARTNER, b -> b.term(Optional.of(Period.ofYears(4)), "test")
                .lmrdaOfficer(true, "role policy: test.yaml:3"));
        Roster r = RosterBuilder.clean().without(Role.LABOR_PARTNER).role("S2", Role.LABOR_PARTNER, "A1", "2025-01-01", "2028-12-31").build();
        assertThat(findings(r, fourYears, "2026-06-15", FindingKind.TERM_LONGER_THAN_POLICY)).isEmpty();
        List<Finding> cap = findings(r, fourYears, "2026-06-15", FindingKind.TERM_LONGER_THAN_LMRDA_CAP);
        assertThat(cap).hasSize(1);
        assertThat(cap.get(0).source()).startsWith("legal requirement: LMRDA 401(b)").contains("role policy: test.yaml:3");
    }

    // Issue 12: a partnership role is not an LMRDA officer, so a policy may give it a longer term (it used to be capped anyway).
    @Test
    void aPolicyMayGiveAPartnershipRoleATermLongerThanThreeYears() {
        TermsPolicy fourYears = policyWith(Role.LABOR_PARTNER, b -> b.term(Optional.of(Period.ofYears(4)), "test"));
        Roster r = RosterBuilder.clean().without(Role.LABOR_PARTNER).role("S2", Role.LABOR_PARTNER, "A1", "2025-01-01", "2028-12-31").build();
        assertThat(lmp.terms.TermRules.check(r, fourYears, LocalDate.parse("2026-06-15"))).isEmpty();
    }

    @Test
    void lmrdaCapFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighthThreeYearsLater() {
        // Anniversary to anniversary: the third anniversary of 2024-02-29 is 2027-03-01 (no 29 February), so the
        // term ends 2027-02-28 (it used to end a day short, on 2027-02-27).
        assertThat(Lmrda.capLastDay(LocalDate.of(2024, 2, 29))).isEqualTo("2027-02-28");
        assertThat(Lmrda.capLastDay(LocalDate.of(2024, 4, 1))).isEqualTo("2027-03-31");
    }

    // Issue 12, case 6: a two-year term 2024-02-29..2026-02-28 is not longer than two years.
    @ParameterizedTest
    @CsvSource({"2026-02-27, 0", "2026-02-28, 0", "2026-03-01, 1"})
    void twoYearTermFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth(String end, int expected) {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2024-02-29", end).build();
        assertThat(findings(r, "2025-06-15", FindingKind.TERM_LONGER_THAN_POLICY)).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource({"2024-02-29, 2y, 2026-02-28", "2024-02-29, 4y, 2028-02-28", "2026-08-31, 6m, 2027-02-28",
        "2025-01-01, 2y, 2026-12-31", "2024-01-31, 1m, 2024-02-29"})
    void termsAreMeasuredAnniversaryToAnniversary(String start, String length, String last) {
        assertThat(Anniversary.lastDay(LocalDate.parse(start), PeriodText.parse(length).orElseThrow())).isEqualTo(last);
    }

    @Test
    void hiredRoleWithoutTermIsNotCapped() {
        Roster r = RosterBuilder.clean().role("S1", Role.IMPROVEMENT_ADVISOR, "A1", "2010-01-01", "2030-01-01").build();
        assertThat(findings(r, "2026-06-15")).isEmpty();
    }

    // A term ending 2026-06-14 is held through that day; from 2026-06-15 it is held past its end.
    @ParameterizedTest
    @CsvSource({"2026-06-13, 0", "2026-06-14, 0", "2026-06-15, 1"})
    void termHeldPastItsEndWithoutSuccessorIsAFinding(String asOf, int expected) {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2024-06-15", "2026-06-14").build();
        List<Finding> f = findings(r, asOf, FindingKind.HELD_PAST_END);
        assertThat(f).hasSize(expected);
        if (expected == 1) assertThat(f.get(0).date()).isEqualTo("2026-06-14");
        assertThat(findings(r, asOf, FindingKind.VACANT_SEAT)).as("one empty seat is reported once").isEmpty();
    }

    @Test
    void termWithASuccessorIsNotHeldPastItsEnd() {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD)
                .role("S1", Role.UBT_CO_LEAD, "U1", "2024-06-15", "2026-06-14")
                .role("S1", Role.UBT_CO_LEAD, "U1", "2026-06-15", "2028-06-14").build();
        assertThat(findings(r, "2026-06-15")).isEmpty();
    }

    @Test
    void openEndedElectedTermEndsByPolicy() {
        // No end recorded: a two-year co-lead term from 2024-06-15 ends on 2026-06-14.
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2024-06-15", null).build();
        assertThat(findings(r, "2026-06-14", FindingKind.HELD_PAST_END)).isEmpty();
        assertThat(findings(r, "2026-06-15", FindingKind.HELD_PAST_END)).singleElement()
                .satisfies(x -> assertThat(x.date()).isEqualTo("2026-06-14"));
    }

    // Co-lead term ends 2026-06-30, the next starts 2026-07-02: the seat is empty on 2026-07-01 only.
    @ParameterizedTest
    @CsvSource({"2026-06-30, 0", "2026-07-01, 1", "2026-07-02, 0"})
    void ubtWithoutCoLeadOnTheDayIsAVacantSeat(String asOf, int expected) {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).steward("S4", "2020-01-01", "C1")
                .role("S1", Role.UBT_CO_LEAD, "U1", "2024-07-01", "2026-06-30")
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-07-02", "2028-07-01").build();
        List<Finding> f = findings(r, asOf, FindingKind.VACANT_SEAT);
        assertThat(f).hasSize(expected);
        f.forEach(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.scope()).isEqualTo("U1");
            assertThat(x.member()).isEmpty();
        });
    }

    @ParameterizedTest
    @CsvSource({"2026-06-30, 1", "2026-07-01, 0", "2026-07-02, 0"})
    void seatIsVacantUntilTheFirstTermStarts(String asOf, int expected) {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2026-07-01", "2028-06-30").build();
        assertThat(findings(r, asOf, FindingKind.VACANT_SEAT)).hasSize(expected);
    }

    @Test
    void areaWithoutLaborPartnerIsAVacantSeat() {
        Roster r = RosterBuilder.clean().without(Role.LABOR_PARTNER).build();
        assertThat(findings(r, "2026-06-15", FindingKind.VACANT_SEAT)).singleElement()
                .satisfies(x -> assertThat(x.role()).isEqualTo(Role.LABOR_PARTNER))
                .satisfies(x -> assertThat(x.scope()).isEqualTo("A1"));
    }

    @Test
    void councilWithoutChairIsAVacantSeat() {
        Roster r = RosterBuilder.clean().without(Role.STEWARD_COUNCIL_CHAIR).build();
        assertThat(findings(r, "2026-06-15", FindingKind.VACANT_SEAT)).singleElement()
                .satisfies(x -> assertThat(x.scope()).isEqualTo("C1"));
    }

    @Test
    void policyCanTurnVacancyReportsOff() {
        TermsPolicy p = policyWith(Role.LABOR_PARTNER, b -> b.mustBeFilled(false, "test"));
        Roster r = RosterBuilder.clean().without(Role.LABOR_PARTNER).build();
        assertThat(findings(r, p, "2026-06-15", FindingKind.VACANT_SEAT)).isEmpty();
    }

    // Both hold the seat on 2026-06-30 only (end days count).
    @ParameterizedTest
    @CsvSource({"2026-06-29, 0", "2026-06-30, 2", "2026-07-01, 0"})
    void twoHoldersOfAOneHolderRoleOnTheSameDayIsAFinding(String asOf, int expected) {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).steward("S4", "2020-01-01", "C1")
                .role("S1", Role.UBT_CO_LEAD, "U1", "2024-07-01", "2026-06-30")
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-06-30", "2028-06-29").build();
        List<Finding> f = findings(r, asOf, FindingKind.TOO_MANY_HOLDERS);
        assertThat(f).hasSize(expected);
        assertThat(f).extracting(x -> x.member().orElseThrow()).containsAnyElementsOf(expected == 0 ? List.of() : List.of("S1", "S4"));
    }

    @Test
    void rolesWithoutAHolderLimitMayHaveManyHolders() {
        Roster r = RosterBuilder.clean().member("I1").member("I2")
                .role("I1", Role.IMPROVEMENT_ADVISOR, "A1", "2020-01-01", null)
                .role("I2", Role.IMPROVEMENT_ADVISOR, "A1", "2021-01-01", null).build();
        assertThat(findings(r, "2026-06-15")).isEmpty();
    }

    @Test
    void holderLimitComesFromTheRosterModelUnlessThePolicySaysOtherwise() {
        assertThat(DefaultPolicy.of(Role.UBT_CO_LEAD).holdersPerScope()).isEqualTo(Role.UBT_CO_LEAD.maxHoldersPerScope());
        TermsPolicy two = policyWith(Role.UBT_CO_LEAD, b -> b.holdersPerScope(2, "test"));
        Roster r = RosterBuilder.clean().steward("S4", "2020-01-01", "C1")
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-01-01", "2027-12-31").build();
        assertThat(findings(r, two, "2026-06-15", FindingKind.TOO_MANY_HOLDERS)).isEmpty();
        assertThat(findings(r, "2026-06-15", FindingKind.TOO_MANY_HOLDERS)).hasSize(2);
    }

    // Taking office 2026-08-31: six months later is 2027-02-28 (plusMonths clamps to the month's last day).
    // The deadline day itself is in time (issue 12, case 5: this test used to expect a finding on 2027-02-28).
    @ParameterizedTest
    @CsvSource({"2027-02-27, 0", "2027-02-28, 0", "2027-03-01, 1"})
    void coLeadWhoIsNotAStewardAfterSixMonthsIsAFinding(String asOf, int expected) {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).member("N1")
                .role("N1", Role.UBT_CO_LEAD, "U1", "2026-08-31", "2028-08-30").build();
        List<Finding> f = findings(r, asOf, FindingKind.NOT_A_STEWARD);
        assertThat(f).hasSize(expected);
        f.forEach(x -> assertThat(x.date()).isEqualTo("2027-02-28"));
    }

    @ParameterizedTest
    @CsvSource({"2027-02-27, 2027-02-28, 0", "2027-02-28, 2027-02-28, 0", "2027-03-01, 2027-02-28, 1", "2027-03-01, 2027-03-01, 0"})
    void coLeadDesignatedStewardOnTheDeadlineDayIsInTime(String since, String asOf, int expected) {
        // Designated on the deadline day is in time; designated the day after is late on the deadline
        // day, and the finding goes away once the designation takes effect.
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).steward("N1", since, "C1")
                .role("N1", Role.UBT_CO_LEAD, "U1", "2026-08-31", "2028-08-30").build();
        assertThat(findings(r, asOf, FindingKind.NOT_A_STEWARD)).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-08-31, 2027-02-28",
        "2027-08-31, 2028-02-29",
        "2026-03-31, 2026-09-30",
        "2026-01-15, 2026-07-15",
        "2026-12-31, 2027-06-30"})
    void stewardDeadlineIsSixCalendarMonthsAfterTakingOffice(String start, String deadline) {
        var a = new lmp.roster.RoleAssignment("N1", Role.UBT_CO_LEAD, "U1", LocalDate.parse(start), Optional.empty(),
                lmp.roster.HowChosen.ELECTED, lmp.io.Location.of("x"));
        assertThat(CredentialRule.stewardDeadline(a, DefaultPolicy.of(Role.UBT_CO_LEAD))).isEqualTo(deadline);
    }

    // A contract specialist must be a steward from the first day of the term (no grace period); on the
    // first day itself a designation is still in time (the shared steward-deadline rule), from the next day late.
    @ParameterizedTest
    @CsvSource({"2026-06-14, 0", "2026-06-15, 0", "2026-06-16, 1"})
    void contractSpecialistWhoIsNotAStewardIsAFinding(String asOf, int expected) {
        Roster r = RosterBuilder.clean().member("N1").role("N1", Role.CONTRACT_SPECIALIST, "Unit N1", "2026-06-15", "2027-06-14").build();
        assertThat(findings(r, asOf, FindingKind.NOT_A_STEWARD)).hasSize(expected);
    }

    @Test
    void contractSpecialistWhoIsAStewardIsFine() {
        Roster r = RosterBuilder.clean().role("S1", Role.CONTRACT_SPECIALIST, "Unit S1", "2026-06-15", "2027-06-14").build();
        assertThat(findings(r, "2026-06-15")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2026-06-14, 1", "2026-06-15, 0", "2026-06-16, 0"})
    void councilChairWhoIsNotAStewardIsAFinding(String asOf, int expected) {
        Roster r = RosterBuilder.clean().without(Role.STEWARD_COUNCIL_CHAIR).steward("N1", "2026-06-15", "C1")
                .role("N1", Role.STEWARD_COUNCIL_CHAIR, "C1", "2026-01-01", "2027-12-31").build();
        assertThat(findings(r, asOf, FindingKind.NOT_A_STEWARD)).hasSize(expected);
    }

    @Test
    void councilChairWhoIsAStewardOnAnotherCouncilIsAFinding() {
        Roster r = RosterBuilder.clean().without(Role.STEWARD_COUNCIL_CHAIR).council("C2", "A1").steward("N1", "2020-01-01", "C2")
                .steward("N2", "2020-01-01", "C2")
                .role("N1", Role.STEWARD_COUNCIL_CHAIR, "C1", "2026-01-01", "2027-12-31")
                .role("N2", Role.STEWARD_COUNCIL_CHAIR, "C2", "2026-01-01", "2027-12-31").build();
        assertThat(findings(r, "2026-06-15")).singleElement()
                .satisfies(x -> assertThat(x.kind()).isEqualTo(FindingKind.NOT_A_STEWARD_OF_THE_COUNCIL))
                .satisfies(x -> assertThat(x.member()).contains("N1"))
                .satisfies(x -> assertThat(x.message()).contains("C2", "C1"));
    }

    // An inactive holder is a finding on every day the role is held: from its start to its end.
    @ParameterizedTest
    @CsvSource({"2026-06-14, 0", "2026-06-15, 1", "2026-06-16, 1", "2026-12-31, 1", "2027-01-01, 0"})
    void roleHeldByAnInactiveMemberIsAFinding(String asOf, int expected) {
        Roster r = RosterBuilder.clean().member("X1", MemberStatus.INACTIVE, true, Optional.empty())
                .role("X1", Role.IMPROVEMENT_ADVISOR, "A1", "2026-06-15", "2026-12-31").build();
        List<Finding> f = findings(r, asOf, FindingKind.HOLDER_NOT_ACTIVE);
        assertThat(f).hasSize(expected);
        f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void roleHeldByAMemberOnLeaveIsAWarning() {
        Roster r = RosterBuilder.clean().member("X1", MemberStatus.ON_LEAVE, true, Optional.empty())
                .role("X1", Role.IMPROVEMENT_ADVISOR, "A1", "2026-06-15", null).build();
        assertThat(findings(r, "2026-06-15", FindingKind.HOLDER_NOT_ACTIVE)).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    @ParameterizedTest
    @CsvSource({"2026-06-14, 0", "2026-06-15, 1", "2026-06-16, 1"})
    void roleHeldByAMemberNotInGoodStandingIsAFinding(String asOf, int expected) {
        Roster r = RosterBuilder.clean().member("X1", MemberStatus.ACTIVE, false,
                        Optional.of(new StewardDesignation(LocalDate.parse("2020-01-01"), Optional.of("C1"))))
                .role("X1", Role.CONTRACT_SPECIALIST, "Unit X1", "2026-06-15", "2027-06-14").build();
        assertThat(findings(r, asOf, FindingKind.HOLDER_NOT_IN_GOOD_STANDING)).hasSize(expected);
    }

    @Test
    void roleHeldBySomeoneNotOnTheRosterIsAFinding() {
        Roster r = RosterBuilder.clean().role("GHOST", Role.IMPROVEMENT_ADVISOR, "A1", "2026-01-01", null).build();
        assertThat(findings(r, "2026-06-15")).singleElement()
                .satisfies(x -> assertThat(x.kind()).isEqualTo(FindingKind.HOLDER_NOT_ON_ROSTER));
    }

    @Test
    void thirdConsecutiveTermIsAFindingWhenThePolicyAllowsTwo() {
        TermsPolicy two = policyWith(Role.UBT_CO_LEAD, b -> b.maxConsecutiveTerms(Optional.of(2), "policy.yaml:4"));
        RosterBuilder b = RosterBuilder.clean().without(Role.UBT_CO_LEAD)
                .role("S1", Role.UBT_CO_LEAD, "U1", "2022-01-01", "2023-12-31")
                .role("S1", Role.UBT_CO_LEAD, "U1", "2024-01-01", "2025-12-31");
        assertThat(findings(b.build(), two, "2025-06-15", FindingKind.TOO_MANY_CONSECUTIVE_TERMS)).isEmpty();
        Roster three = b.role("S1", Role.UBT_CO_LEAD, "U1", "2026-01-01", "2027-12-31").build();
        assertThat(findings(three, two, "2026-06-15", FindingKind.TOO_MANY_CONSECUTIVE_TERMS)).singleElement()
                .satisfies(x -> assertThat(x.start()).contains(LocalDate.parse("2026-01-01")))
                .satisfies(x -> assertThat(x.source()).isEqualTo("policy.yaml:4"));
        assertThat(findings(three, "2026-06-15", FindingKind.TOO_MANY_CONSECUTIVE_TERMS)).as("default: no limit").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2027-12-30, 1", "2027-12-31, 1", "2028-01-01, 0"})
    void consecutiveTermsAreCheckedUntilTheOffendingTermEnds(String asOf, int expected) {
        TermsPolicy noReElection = policyWith(Role.UBT_CO_LEAD, b -> b.reElection(false, "policy.yaml:3"));
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD)
                .role("S1", Role.UBT_CO_LEAD, "U1", "2024-01-01", "2025-12-31")
                .role("S1", Role.UBT_CO_LEAD, "U1", "2026-01-01", "2027-12-31").build();
        assertThat(findings(r, noReElection, asOf, FindingKind.TOO_MANY_CONSECUTIVE_TERMS)).hasSize(expected);
    }

    @Test
    void findingsAreSortedErrorsFirst() {
        Roster r = RosterBuilder.clean().without(Role.LABOR_PARTNER).member("X1", MemberStatus.INACTIVE, true, Optional.empty())
                .role("X1", Role.IMPROVEMENT_ADVISOR, "A1", "2026-01-01", null).build();
        assertThat(findings(r, "2026-06-15")).extracting(Finding::kind)
                .containsExactly(FindingKind.HOLDER_NOT_ACTIVE, FindingKind.VACANT_SEAT);
    }
}
