package lmp.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lmp.roster.Role;
import lmp.roster.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReleaseTimeReportTest {

    @Test
    void coLeadHasAShiftAMonthPlusTheUbtMeetingAndChairFourHours() {
        List<ReleaseTimeReport.Entry> e = ReleaseTimeReport.of(RosterBuilder.clean().build(), DefaultPolicy.policy(), YearMonth.of(2026, 7));
        assertThat(e).extracting(x -> x.role()).containsExactly(Role.UBT_CO_LEAD, Role.LABOR_PARTNER, Role.STEWARD_COUNCIL_CHAIR);
        assertThat(e.get(0).releaseTime().words()).isEqualTo("1 shift a month plus the UBT meeting (paid by Kaiser)");
        assertThat(e.get(2).releaseTime().hoursPerMonth()).isEqualTo(4);
        assertThat(e.get(1).releaseTime().basis()).isEqualTo(ReleaseTime.Basis.FULL);
    }

    // A term ending 2026-06-30 is held in June, not in July; one starting 2026-07-31 is held in July.
    @ParameterizedTest
    @CsvSource({"2026-06, 1", "2026-07, 1", "2026-08, 1", "2026-09, 0"})
    void holderOnAnyDayOfTheMonthIsListedWithTheDaysHeld(String month, int expected) {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).steward("S4", "2020-01-01", "C1")
                .role("S1", Role.UBT_CO_LEAD, "U1", "2024-07-01", "2026-06-30")
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-07-31", "2026-08-01").build();
        List<ReleaseTimeReport.Entry> e = ReleaseTimeReport.of(r, DefaultPolicy.policy(), YearMonth.parse(month)).stream()
                .filter(x -> x.role() == Role.UBT_CO_LEAD).toList();
        assertThat(e).hasSize(expected);
        if (month.equals("2026-07")) {
            assertThat(e.get(0).from()).isEqualTo(LocalDate.parse("2026-07-31"));
            assertThat(e.get(0).to()).isEqualTo(LocalDate.parse("2026-07-31"));
        }
    }
}
