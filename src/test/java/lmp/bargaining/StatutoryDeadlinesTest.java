package lmp.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected dates below were counted by hand on a calendar, not taken from the program. */
class StatutoryDeadlinesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void kpAlliance2021HealthCareDeadlinesMatchTheIssue() {
        StatutoryDeadlines dl = StatutoryDeadlines.of(d("2021-09-30"), true);
        assertThat(dl.noticeToOtherParty().date()).isEqualTo(d("2021-07-02"));
        assertThat(dl.noticeToMediationAgencies().date()).isEqualTo(d("2021-08-01"));
        assertThat(dl.petitionWindow().opens()).contains(d("2021-06-02"));
        assertThat(dl.petitionWindow().date()).isEqualTo(d("2021-07-01"));
        assertThat(dl.strikeNotice()).get().extracting(Deadline::date).isEqualTo(d("2021-09-21"));
        assertThat(StatutoryDeadlines.latestStrikeNotice(d("2021-10-01"))).isEqualTo(d("2021-09-21"));
    }

    @Test
    void eachDeadlineCitesItsStatute() {
        StatutoryDeadlines hc = StatutoryDeadlines.of(d("2021-09-30"), true);
        assertThat(hc.noticeToOtherParty().statute()).isEqualTo("NLRA 8(d)(1), 8(d)(A)");
        assertThat(hc.noticeToMediationAgencies().statute()).isEqualTo("NLRA 8(d)(3), 8(d)(A)");
        assertThat(hc.petitionWindow().statute()).contains("Trinity Lutheran Hospital");
        assertThat(hc.strikeNotice().orElseThrow().statute()).isEqualTo("NLRA 8(g)");
        StatutoryDeadlines other = StatutoryDeadlines.of(d("2021-09-30"), false);
        assertThat(other.noticeToOtherParty().statute()).isEqualTo("NLRA 8(d)(1)");
        assertThat(other.petitionWindow().statute()).contains("Leonard Wholesale Meats");
    }

    @Test
    void outsideHealthCareNoticesAre60And30DaysWindow90To61AndNoStrikeNotice() {
        StatutoryDeadlines dl = StatutoryDeadlines.of(d("2021-09-30"), false);
        assertThat(dl.noticeToOtherParty().date()).isEqualTo(d("2021-08-01"));
        assertThat(dl.noticeToMediationAgencies().date()).isEqualTo(d("2021-08-31"));
        assertThat(dl.petitionWindow().opens()).contains(d("2021-07-02"));
        assertThat(dl.petitionWindow().date()).isEqualTo(d("2021-07-31"));
        assertThat(dl.strikeNotice()).isEmpty();
        assertThat(dl.all()).hasSize(3);
    }

    @ParameterizedTest(name = "expiry {0}, health care {1}")
    @CsvSource({
        // expiry,   hc,    other party, FMCS,       window opens, window closes, strike notice
        "2024-03-01, true,  2023-12-02, 2024-01-01, 2023-11-02, 2023-12-01, 2024-02-21", // leap February
        "2025-03-01, true,  2024-12-01, 2024-12-31, 2024-11-01, 2024-11-30, 2025-02-20", // common February
        "2024-03-01, false, 2024-01-01, 2024-01-31, 2023-12-02, 2023-12-31, ",
        "2025-03-01, false, 2024-12-31, 2025-01-30, 2024-12-01, 2024-12-30, ",
        "2022-01-15, true,  2021-10-17, 2021-11-16, 2021-09-17, 2021-10-16, 2022-01-06", // across the year end
        "2024-12-31, true,  2024-10-02, 2024-11-01, 2024-09-02, 2024-10-01, 2024-12-22", // month ends
        "2024-02-29, true,  2023-12-01, 2023-12-31, 2023-11-01, 2023-11-30, 2024-02-20", // expiry on leap day
    })
    void deadlinesAcrossMonthEndsAndLeapYears(String expires, boolean hc, String other, String fmcs, String opens,
                                              String closes, String strike) {
        StatutoryDeadlines dl = StatutoryDeadlines.of(d(expires), hc);
        assertThat(dl.noticeToOtherParty().date()).isEqualTo(d(other));
        assertThat(dl.noticeToMediationAgencies().date()).isEqualTo(d(fmcs));
        assertThat(dl.petitionWindow().opens()).contains(d(opens));
        assertThat(dl.petitionWindow().date()).isEqualTo(d(closes));
        if (strike == null) {
            assertThat(dl.strikeNotice()).isEmpty();
        } else {
            assertThat(dl.strikeNotice().orElseThrow().date()).isEqualTo(d(strike));
        }
    }

    @Test
    void everyDeadlineLiesExactlyItsStatedNumberOfDaysBeforeExpiryOnAnyDate() {
        Random random = new Random(20210930L);
        for (int i = 0; i < 2000; i++) {
            LocalDate expires = d("2000-01-01").plusDays(random.nextInt(365 * 40));
            boolean hc = random.nextBoolean();
            StatutoryDeadlines dl = StatutoryDeadlines.of(expires, hc);
            assertThat(ChronoUnit.DAYS.between(dl.noticeToOtherParty().date(), expires)).isEqualTo(hc ? 90 : 60);
            assertThat(ChronoUnit.DAYS.between(dl.noticeToMediationAgencies().date(), expires)).isEqualTo(hc ? 60 : 30);
            assertThat(ChronoUnit.DAYS.between(dl.petitionWindow().opens().orElseThrow(), expires)).isEqualTo(hc ? 120 : 90);
            assertThat(ChronoUnit.DAYS.between(dl.petitionWindow().date(), expires)).isEqualTo(hc ? 91 : 61);
            dl.strikeNotice().ifPresent(s ->
                    assertThat(ChronoUnit.DAYS.between(s.date(), expires.plusDays(1))).isEqualTo(10));
        }
    }

    @Test
    void aDeadlinePassesTheDayAfterItsLatestDay() {
        Deadline notice = StatutoryDeadlines.of(d("2021-09-30"), true).noticeToOtherParty();
        assertThat(notice.passed(d("2021-07-02"))).isFalse();
        assertThat(notice.passed(d("2021-07-03"))).isTrue();
    }

    @Test
    void weekendLatestDaysAreFlaggedButNotMoved() {
        Deadline fmcs = StatutoryDeadlines.of(d("2021-09-30"), true).noticeToMediationAgencies();
        assertThat(fmcs.date()).isEqualTo(d("2021-08-01")); // a Sunday
        assertThat(fmcs.onWeekend()).isTrue();
        assertThat(StatutoryDeadlines.of(d("2021-09-30"), true).noticeToOtherParty().onWeekend()).isFalse();
    }

    // General Cable Corp., 139 NLRB 1123 (1962): an agreement bars petitions for at most 3 years. A 3-year agreement
    // (2018-10-01..2021-09-30) keeps the ordinary window; one a day longer counts the window back from the end of its
    // third year and opens to petitions on the third anniversary.
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "2018-10-01, 2021-09-29, false", "2018-10-01, 2021-09-30, false", "2018-10-01, 2021-10-01, true"})
    void onlyAnAgreementLongerThanThreeYearsGetsTheGeneralCablePeriods(String start, String expires, boolean longer) {
        StatutoryDeadlines d = StatutoryDeadlines.of(java.util.Optional.of(LocalDate.parse(start)), LocalDate.parse(expires), true);
        assertThat(d.petitionOpenPeriod().isPresent()).isEqualTo(longer);
        if (longer) {
            assertThat(d.contractBarEnds()).contains(LocalDate.parse("2021-09-30"));
            assertThat(d.petitionWindow().firstDay()).isEqualTo("2021-06-02");
            assertThat(d.petitionWindow().date()).isEqualTo("2021-07-01");
            assertThat(d.petitionOpenPeriod().get().firstDay()).isEqualTo("2021-10-01");
            assertThat(d.petitionOpenPeriod().get().date()).isEqualTo("2021-10-01");
        } else {
            assertThat(d.petitionWindow().date()).isEqualTo(LocalDate.parse(expires).minusDays(91));
        }
    }

    @Test
    void withoutAStartTheOrdinaryWindowIsKept() {
        StatutoryDeadlines d = StatutoryDeadlines.of(java.util.Optional.empty(), LocalDate.parse("2025-09-30"), true);
        assertThat(d.petitionOpenPeriod()).isEmpty();
        assertThat(d.petitionWindow().firstDay()).isEqualTo("2025-06-02");
    }
}
