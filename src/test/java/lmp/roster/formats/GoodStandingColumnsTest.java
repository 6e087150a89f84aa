package lmp.roster.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import lmp.io.InputFile;
import lmp.roster.ImportRecord;
import lmp.roster.Member;
import lmp.roster.MemberField;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;
import org.junit.jupiter.api.Test;

/** The datable good-standing fields (dues paid through, member since) and elected_on, in CSV, mapping and YAML. */
class GoodStandingColumnsTest {

    @Test
    void anHrExportMapsItsDuesAndMembershipColumns() {
        RosterCsvMapping mapping = RosterCsvMapping.read(InputFile.ofText("map.yaml", """
                lmp_roster_mapping: 1
                columns:
                  member_id: Employee ID
                  name: Name
                  local: Local
                  dues_paid_through: Dues Paid Through
                  member_since: Member Since
                """));
        var reading = RosterCsv.read(InputFile.of("hr.csv", ("Employee ID,Name,Local,Dues Paid Through,Member Since\n"
                + "7,Ana Ruiz,L1,2026-09-30,2015-03-01\n8,Ben Cho,L1,,\n").getBytes(StandardCharsets.UTF_8)), mapping);
        assertThat(reading.rejected()).isEmpty();
        ImportRecord.MemberUpdate ana = (ImportRecord.MemberUpdate) reading.records().get(0);
        assertThat(ana.values().duesPaidThrough()).contains(LocalDate.parse("2026-09-30"));
        assertThat(ana.values().memberSince()).contains(LocalDate.parse("2015-03-01"));
        assertThat(ana.given()).contains(MemberField.DUES_PAID_THROUGH, MemberField.MEMBER_SINCE);
        assertThat(((ImportRecord.MemberUpdate) reading.records().get(1)).values().duesPaidThrough()).isEmpty();
    }

    @Test
    void aBadDuesDateRejectsTheRowWithItsReason() {
        var reading = RosterCsv.read(InputFile.of("hr.csv", "member_id,name,local,dues_paid_through\n7,Ana,L1,2026-02-30\n"
                .getBytes(StandardCharsets.UTF_8)), RosterCsvMapping.none());
        assertThat(reading.rejected()).singleElement().satisfies(p -> assertThat(p.message()).contains("dues_paid_through"));
    }

    @Test
    void theYamlRosterKeepsTheFieldsThroughARoundTrip() {
        Roster r = RosterYaml.read(InputFile.ofText("r.yaml", """
                lmp_roster: 1
                ubts: [{id: U1, name: One, facility: F, area: A}]
                members:
                  - {id: "1", name: Ann, local: L1, ubt: U1, dues_paid_through: 2026-09-30, member_since: 2015-03-01}
                roles:
                  - {member: "1", role: ubt-co-lead, scope: U1, start: 2027-01-01, end: 2028-12-31, elected_on: 2026-11-05}
                """)).orThrow();
        Member ann = r.members().get(0);
        assertThat(ann.duesPaidThrough()).contains(LocalDate.parse("2026-09-30"));
        RoleAssignment a = r.roles().get(0);
        assertThat(a.electedOn()).contains(LocalDate.parse("2026-11-05"));
        String yaml = RosterYaml.toYaml(r);
        assertThat(yaml).contains("dues_paid_through: 2026-09-30", "member_since: 2015-03-01", "elected_on: 2026-11-05");
        Roster again = RosterYaml.read(InputFile.ofText("again.yaml", yaml)).orThrow();
        assertThat(again.members().get(0).memberSince()).contains(LocalDate.parse("2015-03-01"));
        assertThat(again.roles().get(0).electedOn()).contains(LocalDate.parse("2026-11-05"));
    }

    @Test
    void anElectionAfterTheTermStartsIsAProblem() {
        var parsed = RosterYaml.read(InputFile.ofText("r.yaml", """
                lmp_roster: 1
                ubts: [{id: U1, name: One, facility: F, area: A}]
                members: [{id: "1", name: Ann, local: L1}]
                roles:
                  - {member: "1", role: ubt-co-lead, scope: U1, start: 2027-01-01, elected_on: 2027-01-02}
                """));
        assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("elected_on"));
    }
}
