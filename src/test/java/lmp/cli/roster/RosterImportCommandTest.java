package lmp.cli.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import lmp.cli.Cli;
import lmp.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterImportCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private String[] listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void importIntoANewRosterThenExportThenImportGivesAnIdenticalRoster() throws IOException {
        Path first = dir.resolve("first.yaml");
        var r1 = run("roster", "import", "examples/roster.csv", "--into", first.toString());
        assertThat(r1.exit()).as(r1.err()).isZero();
        assertThat(r1.out()).contains("member:  60 added, 0 updated, 0 unchanged", "role:    11 added", "rejected: 0");

        Path csv = dir.resolve("again.csv");
        assertThat(run("roster", "export", first.toString(), "--format", "csv", "-o", csv.toString()).exit()).isZero();
        Path second = dir.resolve("second.yaml");
        assertThat(run("roster", "import", csv.toString(), "--into", second.toString()).exit()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        // and the CSV made from the imported roster is the shipped CSV, byte for byte
        assertThat(Files.readString(csv)).isEqualTo(Files.readString(Path.of("examples/roster.csv")));
    }

    @Test
    void jsonAndYamlExportsImportBackToTheSameRoster() throws IOException {
        Path json = dir.resolve("r.json");
        Path yaml = dir.resolve("r.yaml");
        assertThat(run("roster", "export", "examples/roster.yaml", "--format", "json", "-o", json.toString()).exit()).isZero();
        assertThat(run("roster", "export", "examples/roster.yaml", "--format", "yaml", "-o", yaml.toString()).exit()).isZero();
        Path fromJson = dir.resolve("from-json.yaml");
        assertThat(run("roster", "import", json.toString(), "--into", fromJson.toString()).exit()).isZero();
        assertThat(Files.readString(fromJson)).isEqualTo(Files.readString(yaml));
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws IOException {
        Path roster = dir.resolve("r.yaml");
        assertThat(run("roster", "import", "examples/roster.csv", "--into", roster.toString()).exit()).isZero();
        String before = Files.readString(roster);
        var again = run("roster", "import", "examples/roster.csv", "--into", roster.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("(no changes, not rewritten)", "member:  0 added, 0 updated, 60 unchanged");
        assertThat(Files.readString(roster)).isEqualTo(before);
    }

    @Test
    void dryRunShowsTheChangesAndWritesNothing() throws IOException {
        Path roster = write("r.yaml", Files.readString(Path.of("examples/roster.yaml")));
        byte[] before = Files.readAllBytes(roster);
        Path csv = write("m.csv", "member_id,ubt\n100108,EVMC-ICU\n100199,EVMC-FM\n");
        var r = run("roster", "import", csv.toString(), "--into", roster.toString(), "--dry-run");
        // 100199 is new and has no name or local: rejected, so the run fails, and still writes nothing
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains(csv + ":3: new member 100199 has no name and local");
        assertThat(r.out()).contains("(dry run, nothing written)", "updated member 100108 (" + csv + ":2)",
                "ubt: 'EVMC-3W' -> 'EVMC-ICU'");
        assertThat(Files.readAllBytes(roster)).isEqualTo(before);
        assertThat(listing()).containsExactly("m.csv", "r.yaml");

        Path fresh = dir.resolve("new.yaml");
        assertThat(run("roster", "import", "examples/roster.csv", "--into", fresh.toString(), "--dry-run").exit()).isZero();
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aRejectedRowStopsTheImportUnlessSkipRejected() throws IOException {
        Path roster = write("r.yaml", Files.readString(Path.of("examples/roster.yaml")));
        byte[] before = Files.readAllBytes(roster);
        Path csv = write("m.csv", "member_id,status\n100108,on-leave\n100109,retired\n");
        var blocked = run("roster", "import", csv.toString(), "--into", roster.toString());
        assertThat(blocked.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(blocked.err()).contains(csv + ":3: status 'retired' is not known");
        assertThat(blocked.out()).contains("nothing written: 1 rejected");
        assertThat(Files.readAllBytes(roster)).isEqualTo(before);

        var skipped = run("roster", "import", csv.toString(), "--into", roster.toString(), "--skip-rejected");
        assertThat(skipped.exit()).isZero();
        assertThat(Files.readString(roster)).contains("id: \"100108\"");
        assertThat(run("roster", "list", roster.toString(), "--format", "csv").out())
                .contains("100108,Nadia Brooks,UFCW Local 7,Techs,EVMC-3W,on-leave,");
    }

    @Test
    void unknownColumnIsRejectedNamingItAndNothingIsWritten() throws IOException {
        Path csv = write("m.csv", "member_id,name,local,Favourite Colour\n1,Ana,L,blue\n");
        Path roster = dir.resolve("r.yaml");
        var r = run("roster", "import", csv.toString(), "--into", roster.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains(csv + ":1: column 'Favourite Colour' (column 4) is not a roster column", "ignore:");
        assertThat(roster).doesNotExist();
    }

    @Test
    void hrExportWithBomSemicolonsAndItsOwnColumnNamesImportsCleanlyThroughTheMapping() throws IOException {
        byte[] hr = Files.readAllBytes(Path.of("examples/import/hr-export.csv"));
        assertThat(hr[0] & 0xff).isEqualTo(0xEF);
        Path roster = write("r.yaml", Files.readString(Path.of("examples/roster.yaml")));
        var r = run("roster", "import", "examples/import/hr-export.csv", "--mapping", "examples/import/hr-mapping.yaml",
                "--into", roster.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning").contains("comments were not kept");
        assertThat(r.out()).contains("member:  2 added, 2 updated, 58 unchanged", "rejected: 0");
        assertThat(Files.readString(roster)).contains("name: \"Noor \\\"Nini\\\" Haddad\"");
        assertThat(run("roster", "validate", roster.toString()).exit()).isZero();
    }

    @Test
    void writtenRosterIsOwnerOnlyAndNoTemporaryFileIsLeft() throws IOException {
        Path roster = dir.resolve("r.yaml");
        assertThat(run("roster", "import", "examples/roster.csv", "--into", roster.toString()).exit()).isZero();
        assertThat(listing()).as("the empty lock file stays, nothing else").containsExactly(".r.yaml.lock", "r.yaml");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(roster))).isEqualTo("rw-------");
        }
    }

    @Test
    void severalSourcesMergeInOrderAndAYamlSourceCountsAsWhole() throws IOException {
        Path roster = dir.resolve("r.yaml");
        Path extra = write("extra.csv", "member_id,name,local,ubt\n100201,Quinn Ames,UFCW Local 7,EVMC-LAB\n");
        var r = run("roster", "import", "examples/roster.yaml", extra.toString(), "--into", roster.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"written\" : true", "\"added\" : 61");
    }

    @Test
    void rosterWarningsAfterTheMergeAreShownButDoNotBlock() throws IOException {
        Path roster = dir.resolve("r.yaml");
        Path csv = write("m.csv", "member_id,name,local,ubt\n1,Ana Ruiz,L,NOWHERE\n");
        var r = run("roster", "import", csv.toString(), "--into", roster.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains(csv + ":2: warning: member 1 is in UBT 'NOWHERE'");
        assertThat(run("roster", "validate", roster.toString()).exit()).isEqualTo(ExitCode.DATA_ERROR);
    }

    @Test
    void intoStandardOutputIsAUsageError() {
        var r = run("roster", "import", "examples/roster.csv", "--into", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    }
}
