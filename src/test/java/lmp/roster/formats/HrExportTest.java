package lmp.roster.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Problem;
import lmp.roster.ImportRecord;
import lmp.roster.Member;
import org.junit.jupiter.api.Test;

/** HR exports as they really come: strict field counts, joined name columns, declared date forms, status hints. */
class HrExportTest {
    private static RosterCsvMapping mapping(String yaml) {
        return RosterCsvMapping.read(InputFile.of("map.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static RosterCsv.Reading read(String csv, RosterCsvMapping m) {
        return RosterCsv.read(InputFile.of("hr.csv", csv.getBytes(StandardCharsets.UTF_8)), m);
    }

    private static Member member(ImportRecord r) {
        return ((ImportRecord.MemberUpdate) r).values();
    }

    @Test
    void aRowWithFewerFieldsThanTheHeaderIsRejectedNamingTheCounts() {
        // Before: the truncated line became an active member in good standing, an eligible voter.
        var r = read("member_id,name,local,status,good_standing\n7,Ana Ruiz,L,active,true\n8,Ben Cho\n", RosterCsvMapping.none());
        assertThat(r.records()).hasSize(1);
        assertThat(r.rejected()).singleElement().extracting(Problem::message).asString()
                .contains("this row has 2 cells but the header has 5 columns").contains("ragged: pad");
        assertThat(r.rejected().get(0).location().line()).isEqualTo(3);
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsRejectedEvenWhenShortRowsArePadded() {
        var m = mapping("ragged: pad\n");
        var r = read("member_id,name,local\n7,Ana Ruiz,L,extra\n", m);
        assertThat(r.records()).isEmpty();
        assertThat(r.rejected()).singleElement().extracting(Problem::message).asString()
                .contains("this row has 4 cells but the header has 3 columns");
    }

    @Test
    void raggedPadFillsShortRowsWithBlankCells() {
        var r = read("member_id,name,local,bargaining_unit\n7,Ana Ruiz,L\n", mapping("ragged: pad\n"));
        assertThat(r.rejected()).isEmpty();
        assertThat(member(r.records().get(0)).bargainingUnit()).isEmpty();
    }

    @Test
    void firstAndLastNameColumnsAreJoinedIntoTheName() {
        var m = mapping("columns:\n  member_id: Employee ID\n  name: [First Name, Last Name]\n  local: Local\n");
        var r = read("Employee ID,First Name,Last Name,Local\n7,Ana,Ruiz,L\n8,Trần Thị,Hương,L\n9,,Cho,L\n", m);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.records()).extracting(x -> member(x).name()).containsExactly("Ana Ruiz", "Tr\u1EA7n Th\u1ECB H\u01B0\u01A1ng", "Cho");
    }

    @Test
    void bothPartsBlankIsABlankName() {
        var m = mapping("columns:\n  member_id: Employee ID\n  name: [First Name, Last Name]\n  local: Local\n");
        var r = read("Employee ID,First Name,Last Name,Local\n7,,,L\n", m);
        assertThat(r.rejected()).singleElement().extracting(Problem::message).asString().contains("name is blank");
    }

    @Test
    void aJoinedColumnTheFileLacksIsAHeaderError() {
        var m = mapping("columns:\n  member_id: Employee ID\n  name: [First Name, Last Name]\n");
        assertThatThrownBy(() -> read("Employee ID,First Name\n7,Ana\n", m)).isInstanceOf(InputException.class)
                .hasMessageContaining("joins column 'Last Name' into name, but this file does not have it");
    }

    @Test
    void aJoinOfOneColumnIsAMappingError() {
        assertThatThrownBy(() -> mapping("columns:\n  name: [Full Name]\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("map.yaml:2:").hasMessageContaining("needs at least two");
    }

    @Test
    void declaredUsDatesAreReadMonthFirst() {
        var m = mapping("dates: MM/DD/YYYY\n");
        var r = read("member_id,name,local,steward_since\n7,Ana Ruiz,L,03/04/2026\n", m);
        assertThat(r.rejected()).isEmpty();
        assertThat(member(r.records().get(0)).steward().orElseThrow().since()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void declaredDayFirstDatesAndOneDigitFormsAreReadAsDeclared() {
        var r = read("member_id,name,local,steward_since\n7,Ana Ruiz,L,03.04.2026\n", mapping("dates: DD.MM.YYYY\n"));
        assertThat(member(r.records().get(0)).steward().orElseThrow().since()).isEqualTo(LocalDate.of(2026, 4, 3));
        var s = read("member_id,name,local,steward_since\n7,Ana Ruiz,L,3/4/2026\n", mapping("dates: M/D/YYYY\n"));
        assertThat(member(s.records().get(0)).steward().orElseThrow().since()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aDateNotInTheDeclaredFormOrNoRealDayIsRejected() {
        var m = mapping("dates: MM/DD/YYYY\n");
        var r = read("member_id,name,local,steward_since\n7,Ana Ruiz,L,2026-03-04\n8,Ben Cho,L,02/30/2026\n9,Cy Li,L,13/01/2026\n", m);
        assertThat(r.records()).isEmpty();
        assertThat(r.rejected()).extracting(Problem::message)
                .anySatisfy(x -> assertThat(x).contains("'2026-03-04'").contains("the mapping file says dates are written MM/DD/YYYY"))
                .anySatisfy(x -> assertThat(x).contains("'02/30/2026' (no such day in the calendar)"))
                .anySatisfy(x -> assertThat(x).contains("'13/01/2026' (no such day in the calendar)"));
    }

    @Test
    void withoutADeclarationAUsDateIsRefusedWithAHint() {
        var r = read("member_id,name,local,steward_since\n7,Ana Ruiz,L,03/04/2026\n", RosterCsvMapping.none());
        assertThat(r.rejected()).singleElement().extracting(Problem::message).asString()
                .contains("write dates as YYYY-MM-DD, or declare the export's form in the mapping file (dates: MM/DD/YYYY)");
    }

    @Test
    void anUnknownDateFormIsAMappingError() {
        assertThatThrownBy(() -> mapping("dates: MM/DD/YY\n")).hasMessageContaining("map.yaml:1:")
                .hasMessageContaining("'dates' should be a date form such as MM/DD/YYYY");
        assertThatThrownBy(() -> mapping("ragged: ignore\n")).hasMessageContaining("'ragged' should be 'pad'");
    }

    @Test
    void anUnknownStatusCodeSaysHowToMapIt() {
        var r = read("member_id,name,local,status\n7,Ana Ruiz,L,LOA\n", RosterCsvMapping.none());
        assertThat(r.rejected()).singleElement().extracting(Problem::message).asString()
                .contains("status 'LOA' is not known").contains("map the export's code in the mapping file")
                .contains("values: {status: {'LOA': on-leave}}");
    }
}
