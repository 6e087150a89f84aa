package lmp.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import lmp.roster.Role;
import lmp.roster.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryReportTest {

    private static List<ExpiryItem> due(Roster r, String asOf, Period within) {
        return ExpiryReport.of(r, DefaultPolicy.policy(), LocalDate.parse(asOf), within);
    }

    private static Roster coLeadEnding(String end) {
        return RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2024-09-13", end).build();
    }

    @Test
    void cleanRosterHasNothingDueWithinNinetyDays() {
        assertThat(due(RosterBuilder.clean().build(), "2026-06-15", Period.ofDays(90))).isEmpty();
    }

    // 2026-06-14 + 90 days = 2026-09-12 (June 16 + July 31 + August 31 + 12 = 90).
    @ParameterizedTest
    @CsvSource({"2026-06-13, 0", "2026-06-14, 1", "2026-06-15, 1"})
    void termEndingOnTheLastDayOfTheWindowIsListed(String asOf, int expected) {
        assertThat(due(coLeadEnding("2026-09-12"), asOf, Period.ofDays(90))).hasSize(expected);
    }

    @Test
    void electedTermNeedsTheElectionByItsEndAndTheNoticeFifteenDaysBefore() {
        ExpiryItem i = due(coLeadEnding("2026-09-12"), "2026-06-15", Period.ofDays(90)).get(0);
        assertThat(i.kind()).isEqualTo(ExpiryItem.Kind.TERM_ENDS);
        assertThat(i.electionBy()).contains(LocalDate.parse("2026-09-12"));
        // 2026-09-12 minus 15 days: 2026-08-28 (12 days back to Aug 31, 3 more).
        assertThat(i.noticeBy()).contains(LocalDate.parse("2026-08-28"));
        assertThat(i.daysLeft()).isEqualTo(89);
        assertThat(i.action()).contains("by 2026-09-12", "by 2026-08-28");
        assertThat(i.source()).startsWith("best practice (LMRDA standard): LMRDA 401(e); 29 CFR 452.99");
    }

    @ParameterizedTest
    @CsvSource({"2026-08-27, false", "2026-08-28, false", "2026-08-29, true"})
    void noticeDayPassedMeansTheNoticeGoesOutNowAndTheElectionFifteenDaysLater(String asOf, boolean passed) {
        ExpiryItem i = due(coLeadEnding("2026-09-12"), asOf, Period.ofDays(90)).get(0);
        assertThat(i.action().contains("has passed")).isEqualTo(passed);
        if (passed) assertThat(i.action()).contains("earliest election 2026-09-13");
    }

    @Test
    void termEndedWithoutSuccessorIsOverdueAndComesFirst() {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).without(Role.LABOR_PARTNER)
                .role("S1", Role.UBT_CO_LEAD, "U1", "2024-06-01", "2026-05-31")
                .role("S2", Role.LABOR_PARTNER, "A1", "2023-09-01", "2026-08-31").build();
        List<ExpiryItem> items = due(r, "2026-06-15", Period.ofDays(90));
        assertThat(items).extracting(ExpiryItem::kind).containsExactly(ExpiryItem.Kind.TERM_ENDED, ExpiryItem.Kind.TERM_ENDS);
        assertThat(items.get(0).daysLeft()).isEqualTo(-15);
        assertThat(items.get(0).action()).startsWith("overdue").contains("earliest election 2026-06-30");
        assertThat(items.get(1).role()).isEqualTo(Role.LABOR_PARTNER);
    }

    @Test
    void termWhoseSuccessorIsOnTheRosterIsNotListed() {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD)
                .role("S1", Role.UBT_CO_LEAD, "U1", "2024-09-13", "2026-09-12")
                .role("S1", Role.UBT_CO_LEAD, "U1", "2026-09-13", "2028-09-12").build();
        assertThat(due(r, "2026-06-15", Period.ofDays(90))).isEmpty();
    }

    @Test
    void selectedRoleNeedsASuccessorSelectedWithoutElectionNotice() {
        Roster r = RosterBuilder.clean().role("S1", Role.CONTRACT_SPECIALIST, "Unit S1", "2025-08-01", "2026-07-31").build();
        ExpiryItem i = due(r, "2026-06-15", Period.ofMonths(3)).get(0);
        assertThat(i.noticeBy()).isEmpty();
        assertThat(i.action()).isEqualTo("select the successor by 2026-07-31");
    }

    // Co-lead from 2026-08-31, not a steward: deadline 2027-02-28. 2026-11-30 + 90 days = 2027-02-28.
    @ParameterizedTest
    @CsvSource({"2026-11-29, 0", "2026-11-30, 1", "2026-12-01, 1"})
    void coLeadStewardDeadlineWithinTheWindowIsListed(String asOf, int expected) {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).member("N1")
                .role("N1", Role.UBT_CO_LEAD, "U1", "2026-08-31", "2028-08-30").build();
        List<ExpiryItem> items = due(r, asOf, Period.ofDays(90));
        assertThat(items).hasSize(expected);
        items.forEach(i -> {
            assertThat(i.kind()).isEqualTo(ExpiryItem.Kind.STEWARD_DEADLINE);
            assertThat(i.stewardBy()).contains(LocalDate.parse("2027-02-28"));
        });
    }

    @Test
    void coLeadAlreadyDesignatedForTheDeadlineIsNotListed() {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).steward("N1", "2027-01-10", "C1")
                .role("N1", Role.UBT_CO_LEAD, "U1", "2026-08-31", "2028-08-30").build();
        assertThat(due(r, "2026-12-01", Period.ofDays(90))).isEmpty();
    }

    @Test
    void itemsAreSoonestFirst() {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).without(Role.LABOR_PARTNER).without(Role.STEWARD_COUNCIL_CHAIR)
                .role("S3", Role.STEWARD_COUNCIL_CHAIR, "C1", "2024-08-01", "2026-07-31")
                .role("S1", Role.UBT_CO_LEAD, "U1", "2024-07-01", "2026-06-30")
                .role("S2", Role.LABOR_PARTNER, "A1", "2023-09-01", "2026-08-31").build();
        assertThat(due(r, "2026-06-15", Period.ofDays(90))).extracting(ExpiryItem::due)
                .containsExactly(LocalDate.parse("2026-06-30"), LocalDate.parse("2026-07-31"), LocalDate.parse("2026-08-31"));
    }

    @Test
    void monthsWindowUsesCalendarMonths() {
        // 2026-05-31 + 3 months = 2026-08-31.
        Roster r = RosterBuilder.clean().without(Role.LABOR_PARTNER).role("S2", Role.LABOR_PARTNER, "A1", "2023-09-01", "2026-08-31").build();
        assertThat(due(r, "2026-05-31", Period.ofMonths(3))).hasSize(1);
        assertThat(due(r, "2026-05-30", Period.ofMonths(3))).isEmpty();
    }
}
