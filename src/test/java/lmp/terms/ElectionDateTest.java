package lmp.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import lmp.io.InputFile;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The next election is due within 3 years of the last one (29 CFR 452.24), which may be before the term ends. */
class ElectionDateTest {
    // A labor partner elected on 2026-11-05 for 2027-01-01..2029-12-31: the next election is due by 2029-11-05.
    private static Roster roster() {
        return RosterYaml.read(InputFile.ofText("r.yaml", """
                lmp_roster: 1
                ubts: [{id: U1, name: One, facility: F, area: A1}]
                members: [{id: "1", name: Ann, local: L1, ubt: U1}]
                roles:
                  - {member: "1", role: labor-partner, scope: A1, start: 2027-01-01, end: 2029-12-31, elected_on: 2026-11-05}
                """)).orThrow();
    }

    @ParameterizedTest
    @CsvSource({"2029-11-04, term-ends", "2029-11-05, term-ends", "2029-11-06, term-ended"})
    void theElectionIsDueThreeYearsAfterTheLastOne(String asOf, String kind) {
        List<ExpiryItem> items = ExpiryReport.of(roster(), DefaultPolicy.policy(), LocalDate.parse(asOf), Period.ofDays(90));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.electionBy()).contains(LocalDate.parse("2029-11-05"));
            assertThat(i.noticeBy()).contains(LocalDate.parse("2029-10-21"));
            assertThat(i.kind().id()).isEqualTo(kind);
            assertThat(i.source()).contains("within 3 years of the election on 2026-11-05 (29 CFR 452.24)");
        });
    }
}
