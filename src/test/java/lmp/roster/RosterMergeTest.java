package lmp.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lmp.io.InputFile;
import lmp.io.Problem;
import lmp.roster.formats.RosterCsv;
import lmp.roster.formats.RosterCsvMapping;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;

class RosterMergeTest {
    private static final Roster BASE = RosterYaml.read(InputFile.ofText("r.yaml", """
            lmp_roster: 1
            ubts:
              - {id: ICU, name: Intensive Care, facility: H, area: hospital}
            members:
              - id: "1"
                name: Ana Ruiz
                local: UNAC/UHCP
                ubt: ICU
                steward: {since: 2020-01-01, council: SC}
              - {id: "2", name: Ben Cho, local: UNAC/UHCP}
            roles:
              - {member: "1", role: ubt-co-lead, scope: ICU, start: 2025-01-01, end: 2026-12-31}
            """)).orThrow();

    private static RosterMerge.Result merge(String csv) {
        var reading = RosterCsv.read(InputFile.ofText("in.csv", csv), RosterCsvMapping.none());
        assertThat(reading.rejected()).isEmpty();
        return RosterMerge.merge(BASE, reading.records());
    }

    @Test
    void onlyTheColumnsGivenChangeAndTheStewardDesignationIsKept() {
        var result = merge("member_id,name\n1,Ana Ruiz-Soto\n");
        Member ana = result.roster().member("1").orElseThrow();
        assertThat(ana.name()).isEqualTo("Ana Ruiz-Soto");
        assertThat(ana.local()).isEqualTo("UNAC/UHCP");
        assertThat(ana.steward()).isPresent();
        assertThat(result.changes()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(RosterMerge.Action.UPDATED);
            assertThat(c.fields()).containsExactly(new RosterMerge.FieldChange("name", "Ana Ruiz", "Ana Ruiz-Soto"));
        });
    }

    @Test
    void sameValuesAreUnchangedAndNothingIsRemoved() {
        var result = merge("member_id,name,local,ubt\n1,Ana Ruiz,UNAC/UHCP,ICU\n");
        assertThat(result.changed()).isFalse();
        assertThat(result.count(RosterMerge.Kind.MEMBER, RosterMerge.Action.UNCHANGED)).isEqualTo(1);
        assertThat(result.roster().members()).hasSize(2);
    }

    @Test
    void blankCellInAGivenOptionalColumnClearsTheValue() {
        var result = merge("member_id,ubt,steward_since\n1,,\n");
        Member ana = result.roster().member("1").orElseThrow();
        assertThat(ana.ubt()).isEmpty();
        assertThat(ana.steward()).isEmpty();
    }

    @Test
    void newMemberIsAppendedAndNeedsNameAndLocal() {
        var result = merge("member_id,name,local\n3,Cy Dee,UFCW Local 7\n");
        assertThat(result.roster().members()).extracting(Member::id).containsExactly("1", "2", "3");
        var rejected = RosterMerge.merge(BASE, RosterCsv.read(InputFile.ofText("in.csv", "member_id,ubt\n4,ICU\n"),
                RosterCsvMapping.none()).records());
        assertThat(rejected.rejected()).singleElement().extracting(Problem::render).asString()
                .startsWith("in.csv:2: new member 4 has no name and local");
    }

    @Test
    void sameMemberTwiceInOneImportIsRejectedNamingTheFirst() {
        var reading = RosterCsv.read(InputFile.ofText("in.csv", "member_id,name\n1,Ana A\n1,Ana B\n"), RosterCsvMapping.none());
        var result = RosterMerge.merge(BASE, reading.records());
        assertThat(result.rejected()).singleElement().extracting(Problem::render).asString()
                .isEqualTo("in.csv:3: member 1 is given twice in this import (first at in.csv:2); keep one of the two records");
    }

    @Test
    void roleIsMatchedByMemberRoleScopeAndStartSoACorrectedEndUpdatesIt() {
        var result = merge("record,member_id,role,scope,start,end\nrole,1,ubt-co-lead,ICU,2025-01-01,2026-06-30\n"
                + "role,1,ubt-co-lead,ICU,2027-01-01,2028-12-31\n");
        assertThat(result.roster().roles()).hasSize(2);
        assertThat(result.count(RosterMerge.Kind.ROLE, RosterMerge.Action.UPDATED)).isEqualTo(1);
        assertThat(result.count(RosterMerge.Kind.ROLE, RosterMerge.Action.ADDED)).isEqualTo(1);
        assertThat(result.roster().roles().get(0).end()).contains(java.time.LocalDate.of(2026, 6, 30));
    }

    @Test
    void mergingARosterIntoItselfChangesNothing() {
        var result = RosterMerge.merge(BASE, lmp.roster.formats.RosterSources.records(BASE, "r.yaml"));
        assertThat(result.changed()).isFalse();
        assertThat(result.rejected()).isEmpty();
        assertThat(RosterYaml.toYaml(result.roster())).isEqualTo(RosterYaml.toYaml(BASE));
    }

    @Test
    void stewardCouncilWithoutADesignationIsRejected() {
        var reading = RosterCsv.read(InputFile.ofText("in.csv", "member_id,steward_council\n2,SC\n"), RosterCsvMapping.none());
        var result = RosterMerge.merge(BASE, reading.records());
        assertThat(result.rejected()).singleElement().extracting(Problem::message).asString().contains("is not a steward");
        assertThat(RosterMerge.merge(BASE, List.of()).roster().members()).hasSize(2);
    }
}
