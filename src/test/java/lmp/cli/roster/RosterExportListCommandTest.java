package lmp.cli.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import lmp.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterExportListCommandTest {
    private static final String EXAMPLE = "examples/roster.yaml";

    @TempDir
    Path dir;

    @Test
    void exportRefusesToOverwriteWithoutForceAndKeepsTheFile() throws IOException {
        Path out = dir.resolve("r.csv");
        Files.writeString(out, "keep me");
        var r = Cli.run("roster", "export", EXAMPLE, "--format", "csv", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(r.err()).contains("already exists; use --force");
        assertThat(Files.readString(out)).isEqualTo("keep me");

        var forced = Cli.run("roster", "export", EXAMPLE, "--format", "csv", "-o", out.toString(), "--force");
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(out)).startsWith("record,member_id,name,local,");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void exportToStandardOutputByDefault() {
        var r = Cli.run("roster", "export", EXAMPLE, "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"lmp_roster\" : 1", "\"id\" : \"100101\"", "\"good_standing\" : true");
    }

    @Test
    void exportedCsvNeutralisesFormulaCells() throws IOException {
        Path roster = dir.resolve("r.yaml");
        Files.writeString(roster, """
                lmp_roster: 1
                ubts: []
                members:
                  - {id: "1", name: "=1+2", local: "+cmd|' /C calc'!A0", bargaining_unit: "-2+3", ubt: "@SUM(A1)"}
                  - {id: "2", name: "-7", local: "Plain"}
                """);
        var r = Cli.run("roster", "export", roster.toString(), "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("member,1,'=1+2,'+cmd|' /C calc'!A0,'-2+3,'@SUM(A1),")
                .contains("member,2,-7,Plain,");
    }

    @Test
    void listFiltersByUbtRoleAndStewardsOnTheDay() {
        var ubt = Cli.run("roster", "list", EXAMPLE, "--ubt", "EVMC-ICU", "--format", "csv");
        assertThat(ubt.exit()).isZero();
        assertThat(ubt.out().lines().skip(1)).allSatisfy(l -> assertThat(l.split(",")[4]).isEqualTo("EVMC-ICU"));

        var coLeads = Cli.run("roster", "list", EXAMPLE, "--role", "ubt-co-lead", "--as-of", "2026-06-15", "--format", "csv");
        // six co-lead terms in the example, each running on 2026-06-15
        assertThat(coLeads.out().lines().skip(1).map(l -> l.split(",")[0]))
                .containsExactly("100101", "100102", "100103", "100104", "100105", "100106");
        var early = Cli.run("roster", "list", EXAMPLE, "--role", "ubt-co-lead", "--as-of", "2025-01-15", "--format", "csv");
        // on 2025-01-15 only the ICU (from 2025-01-01) and imaging (from 2024-12-01) terms had begun
        assertThat(early.out().lines().skip(1).map(l -> l.split(",")[0])).containsExactly("100101", "100105");

        var stewards = Cli.run("roster", "list", EXAMPLE, "--stewards", "--as-of", "2026-06-15", "--format", "json");
        assertThat(stewards.exit()).isZero();
        assertThat(stewards.out()).contains("\"steward_since\" : \"2021-03-15\"").doesNotContain("\"steward_since\" : \"\"");
    }

    @Test
    void listTableShowsRolesHeld() {
        var r = Cli.run("roster", "list", EXAMPLE, "--ubt", "EVMC-ICU");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ID").contains("ubt-co-lead@EVMC-ICU");
        assertThat(r.err()).contains("members, as of 2026-06-15");
    }

    @Test
    void unknownUbtOrRoleIsAUsageError() {
        assertThat(Cli.run("roster", "list", EXAMPLE, "--ubt", "NOPE").exit()).isEqualTo(ExitCode.USAGE);
        var role = Cli.run("roster", "list", EXAMPLE, "--role", "king");
        assertThat(role.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(role.err()).contains("unknown role 'king'");
    }
}
