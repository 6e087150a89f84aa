package lmp.roster.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.roster.ImportRecord;
import lmp.roster.Member;
import lmp.roster.MemberField;
import lmp.roster.MemberStatus;
import lmp.roster.Roster;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    private static RosterCsv.Reading read(String name, byte[] bytes) {
        return RosterCsv.read(InputFile.of(name, bytes), RosterCsvMapping.none());
    }

    private static RosterCsv.Reading read(String text) {
        return read("m.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Member member(ImportRecord r) {
        return ((ImportRecord.MemberUpdate) r).values();
    }

    @Test
    void commaSemicolonAndTabFilesReadTheSame() {
        for (String d : List.of(",", ";", "\t")) {
            var reading = read(String.join(d, "member_id", "name", "local") + "\n" + String.join(d, "7", "Ana Ruiz", "UFCW Local 7") + "\n");
            assertThat(reading.rejected()).as("delimiter %s", d).isEmpty();
            assertThat(reading.records()).singleElement().extracting(r -> member(r).name()).isEqualTo("Ana Ruiz");
        }
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() {
        byte[] text = "member_id;name;local\r\n7;Ana Ruiz;L\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        var reading = read("bom.csv", withBom);
        assertThat(reading.records()).singleElement().extracting(r -> member(r).id()).isEqualTo("7");
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() {
        var reading = read("member_id,name,local\n1,\"Ruiz, Ana \"\"Annie\"\"\",\"Local\n7\"\n2,Ben Cho,L\n");
        assertThat(reading.records()).hasSize(2);
        assertThat(member(reading.records().get(0)).name()).isEqualTo("Ruiz, Ana \"Annie\"");
        assertThat(member(reading.records().get(0)).local()).isEqualTo("Local\n7");
        // the second record starts on line 4, after the quoted line break
        assertThat(reading.records().get(1).origin().line()).isEqualTo(4);
    }

    @Test
    void onlyTheColumnsTheFileHasAreGiven() {
        var reading = read("member_id,ubt\n7,ICU\n");
        var update = (ImportRecord.MemberUpdate) reading.records().get(0);
        assertThat(update.given()).containsExactly(MemberField.UBT);
    }

    @Test
    void badRowsAreRejectedWithTheirLineAndTheOthersRead() {
        var reading = read("""
                member_id,name,local,status,good_standing,steward_since
                1,Ana,L,active,yes,2020-01-01
                2,Ben,L,retired,yes,
                3,Cy,L,active,maybe,
                4,Di,L,active,no,2026-02-30
                ,Ed,L,active,no,
                6,Flo,L,On Leave,N,
                """);
        assertThat(reading.records()).extracting(r -> member(r).id()).containsExactly("1", "6");
        assertThat(member(reading.records().get(1)).status()).isEqualTo(MemberStatus.ON_LEAVE);
        assertThat(member(reading.records().get(1)).goodStanding()).isFalse();
        assertThat(reading.rejected()).extracting(Problem::line).containsExactly(3, 4, 5, 6);
        assertThat(reading.rejected()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("status 'retired'"),
                m -> assertThat(m).contains("good_standing 'maybe'"),
                m -> assertThat(m).contains("steward_since is not a valid date: '2026-02-30' (no such day in the calendar)"),
                m -> assertThat(m).contains("needs member_id"));
    }

    @Test
    void unknownColumnRejectsTheFileNamingTheColumnAndHowToMapOrIgnoreIt() {
        assertThatThrownBy(() -> read("member_id,name,local,Shoe Size\n1,Ana,L,38\n"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::render).anySatisfy(m -> assertThat(m)
                            .startsWith("m.csv:1: column 'Shoe Size' (column 4) is not a roster column")
                            .contains("mapping file"));
                    assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                            .contains("'ignore:'", "--mapping"));
                });
    }

    @Test
    void misspelledColumnGetsASuggestion() {
        assertThatThrownBy(() -> read("member_id,nmae,local\n1,Ana,L\n")).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).message()).contains("did you mean 'name'?"));
    }

    @Test
    void mappingFileMapsTheirColumnNamesAndIgnoresListedOnes() {
        RosterCsvMapping mapping = RosterCsvMapping.read(InputFile.ofText("map.yaml", """
                columns:
                  member_id: Employee ID
                  name: Full Name
                ignore: [Hire Date]
                """));
        var reading = RosterCsv.read(InputFile.ofText("hr.csv", "EMPLOYEE ID;Full Name;local;Hire Date\n9;Ana Ruiz;L;2020-01-01\n"),
                mapping);
        assertThat(reading.rejected()).isEmpty();
        assertThat(reading.records()).singleElement().satisfies(r -> {
            assertThat(member(r).id()).isEqualTo("9");
            assertThat(member(r).name()).isEqualTo("Ana Ruiz");
        });
    }

    @Test
    void mappingFileTranslatesTheExportsOwnCodesIgnoringCase() {
        RosterCsvMapping mapping = RosterCsvMapping.read(InputFile.ofText("map.yaml", """
                columns:
                  status: Emp Status
                values:
                  status: {A: active, LOA: on-leave}
                  good_standing: {Current: "yes", Arrears: "no"}
                """));
        var reading = RosterCsv.read(InputFile.ofText("hr.csv",
                "member_id,name,local,Emp Status,good_standing\n1,Ana,L,loa,arrears\n2,Ben,L,A,CURRENT\n3,Cy,L,active,yes\n4,Di,L,X,yes\n"),
                mapping);
        assertThat(reading.records()).extracting(r -> member(r).status())
                .containsExactly(MemberStatus.ON_LEAVE, MemberStatus.ACTIVE, MemberStatus.ACTIVE);
        assertThat(reading.records()).extracting(r -> member(r).goodStanding()).containsExactly(false, true, true);
        // a code the mapping does not list is read as it is, and rejected when it is not a roster value
        assertThat(reading.rejected()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("status 'X' is not known");
        });
    }

    @Test
    void valuesForAnUnknownColumnOrNotAMappingAreLocatedProblems() {
        assertThatThrownBy(() -> RosterCsvMapping.read(InputFile.ofText("map.yaml", "values:\n  stat: {A: active}\n  status: [A]\n")))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).extracting(Problem::render)
                        .anySatisfy(m -> assertThat(m).startsWith("map.yaml:2:3: unknown key 'stat'"))
                        .anySatisfy(m -> assertThat(m).startsWith("map.yaml:3:11: 'values' for status should be a mapping")));
    }

    @Test
    void mappingFileWithAnUnknownRosterColumnIsLocated() {
        assertThatThrownBy(() -> RosterCsvMapping.read(InputFile.ofText("map.yaml", "columns:\n  member_di: Employee ID\n")))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).render())
                        .startsWith("map.yaml:2:3: unknown key 'member_di'").contains("did you mean 'member_id'?"));
    }

    @Test
    void mappedColumnMissingFromTheFileIsAProblem() {
        RosterCsvMapping mapping = RosterCsvMapping.read(InputFile.ofText("map.yaml", "columns:\n  member_id: Employee ID\n"));
        assertThatThrownBy(() -> RosterCsv.read(InputFile.ofText("hr.csv", "member_id,name\n1,A\n"), mapping))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).extracting(Problem::message)
                        .anySatisfy(m -> assertThat(m).contains("maps member_id to column 'Employee ID', which this file does not have")));
    }

    @Test
    void cellOnARowKindThatDoesNotUseItIsRejected() {
        var reading = read("record,member_id,name,local,facility\nmember,1,Ana,L,Main Hospital\n");
        assertThat(reading.rejected()).singleElement().extracting(Problem::message).asString()
                .contains("column facility does not apply to a member row");
    }

    @Test
    void exportNeutralisesFormulasAndImportRestoresTheText() {
        Location at = Location.of("t");
        Roster roster = Roster.of("", List.of(), List.of(), List.of(
                new Member("1", "=HYPERLINK(\"http://x\")", "+Local", Optional.of("-Unit"), Optional.empty(),
                        MemberStatus.ACTIVE, true, Optional.empty(), at),
                new Member("2", "@SUM(A1)", "L", Optional.empty(), Optional.empty(), MemberStatus.ACTIVE, true, Optional.empty(), at)),
                List.of());
        StringWriter out = new StringWriter();
        RosterCsv.write(roster, out);
        String csv = out.toString();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", ",'+Local,", ",'-Unit,", ",'@SUM(A1),");
        for (String line : csv.split("\n")) {
            for (String cell : line.split(",")) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
        var back = RosterCsv.read(InputFile.ofText("e.csv", csv), RosterCsvMapping.none());
        assertThat(back.records()).extracting(r -> member(r).name()).containsExactly("=HYPERLINK(\"http://x\")", "@SUM(A1)");
        assertThat(member(back.records().get(0)).local()).isEqualTo("+Local");
        assertThat(member(back.records().get(0)).bargainingUnit()).contains("-Unit");
    }

    @Test
    void headerOnlyFileGivesNoRecords() {
        assertThat(read("member_id,name,local\n").records()).isEmpty();
    }
}
