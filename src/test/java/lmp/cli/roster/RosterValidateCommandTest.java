package lmp.cli.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import lmp.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterValidateCommandTest {
    private static final Path EXAMPLE = Path.of("examples/roster.yaml");

    @TempDir
    Path dir;

    private Path copyWith(String... replacements) throws IOException {
        String text = Files.readString(EXAMPLE);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replaceFirst(java.util.regex.Pattern.quote(replacements[i]), replacements[i + 1]);
        }
        Path p = dir.resolve("roster.yaml");
        Files.writeString(p, text);
        return p;
    }

    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) return i + 1;
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static void assertNoStackTrace(Cli.Result r) {
        assertThat(r.all()).doesNotContain("Exception", "\tat ", "internal error");
    }

    @Test
    void shippedExampleIsValid() {
        var r = Cli.run("roster", "validate", EXAMPLE.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ok: 60 members, 6 UBTs, 1 council, 11 role assignments");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void threePlantedErrorsAreAllNamedWithTheirLines() throws IOException {
        Path p = copyWith(
                "since: 2021-03-15", "since: 2021-02-30",            // no such day
                "    ubt: EVMC-3W\n", "    ubt: EVMC-3X\n",            // unknown UBT (member 100102)
                "    scope: EVMC-3W\n", "    scope: EVMC-ICU\n");      // second ICU co-lead at once
        var r = Cli.run("roster", "validate", p.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        int dateLine = lineOf(p, "since: 2021-02-30");
        int memberLine = lineOf(p, "id: \"100102\"");
        int roleLine = lineOf(p, "member: \"100102\"");
        assertThat(r.err().lines().filter(l -> l.startsWith(p.toString()))).containsExactly(
                p + ":" + dateLine + ":14: 'since' is not a valid date: '2021-02-30' (no such day in the calendar); write dates as YYYY-MM-DD",
                p + ":" + memberLine + ":5: member 100102 is in UBT 'EVMC-3X', which is not on the roster; add the UBT under 'ubts:'"
                        + " or correct the id (known: EVMC-ICU, EVMC-3W, EVMC-LAB, EVMC-PHARM, EVMC-IMG, EVMC-FM)",
                p + ":" + roleLine + ":5: two holders of ubt-co-lead for 'EVMC-ICU' at once: member 100102 from 2025-07-01 overlaps"
                        + " member 100101 (2025-01-01 to 2026-12-31, at line 501); only 1 may hold it at a time, so end one term"
                        + " before the other starts",
                p + ": 3 problems");
        assertNoStackTrace(r);
    }

    @Test
    void endBeforeStartUnknownRoleAndUnknownKeyAreShapeErrors() throws IOException {
        Path p = copyWith(
                "    end: 2027-06-30\n", "    end: 2025-06-30\n",
                "role: contract-specialist", "role: contract-specalist",
                "    manager: Morgan Hale\n", "    manger: Morgan Hale\n");
        var r = Cli.run("roster", "validate", p.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains(
                ":" + lineOf(p, "manger:") + ":5: unknown key 'manger' in a UBT (did you mean 'manager'?)",
                ":" + lineOf(p, "end: 2025-06-30") + ":10: role ends (2025-06-30) before it starts (2025-07-01)",
                ":" + lineOf(p, "contract-specalist") + ":11: unknown role 'contract-specalist'",
                "(did you mean 'contract-specialist'?)");
        assertNoStackTrace(r);
    }

    @Test
    void garbageInputIsInvalidDataNotACrash() throws IOException {
        Path p = dir.resolve("garbage.yaml");
        Files.write(p, new byte[] {0x50, 0x4b, 0x03, 0x04, (byte) 0xff, (byte) 0xfe, 0x00, 0x01, 0x0a, (byte) 0x80});
        var r = Cli.run("roster", "validate", p.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).startsWith(p + ":1: not valid UTF-8");
        assertNoStackTrace(r);

        Files.writeString(p, "members: [ {id: 1, name: \n  - ]] ::: {{");
        var yaml = Cli.run("roster", "validate", p.toString());
        assertThat(yaml.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(yaml.err()).startsWith(p + ":").contains("not valid YAML");
        assertNoStackTrace(yaml);

        Files.writeString(p, "- just\n- a list\n");
        var list = Cli.run("roster", "validate", p.toString());
        assertThat(list.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(list.err()).contains(":1:1: the roster should be a mapping");
    }

    @Test
    void missingFileExits66() {
        var r = Cli.run("roster", "validate", dir.resolve("nope.yaml").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(r.err()).contains("nope.yaml: no such file");
        assertNoStackTrace(r);
    }

    @Test
    void standardInputIsRead() throws IOException {
        var r = Cli.standard().withStdin(Files.readString(EXAMPLE)).execute("roster", "validate", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("<stdin>: ok: 60 members");
    }

    @Test
    void jsonReportListsProblemsWithFileLineAndColumn() throws IOException {
        Path p = copyWith("since: 2021-03-15", "since: 2021-02-30");
        var r = Cli.run("roster", "validate", "--format", "json", p.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.out()).contains("\"valid\" : false", "\"line\" : " + lineOf(p, "2021-02-30"), "\"column\" : 14",
                "\"severity\" : \"error\"");
        var clean = Cli.run("roster", "validate", "--format", "json", EXAMPLE.toString());
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).contains("\"valid\" : true", "\"members\" : 60", "\"problems\" : [ ]");
    }

    @Test
    void duplicateKeysAndAnchorsAreRefusedWithALocation() throws IOException {
        Path p = dir.resolve("r.yaml");
        Files.writeString(p, "lmp_roster: 1\nname: A\nname: B\n");
        var dup = Cli.run("roster", "validate", p.toString());
        assertThat(dup.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(dup.err()).startsWith(p + ":3:").contains("duplicate key 'name'");

        Files.writeString(p, "lmp_roster: 1\nubts:\n  - &u {id: A, name: A, facility: F, area: X}\n  - *u\n");
        var anchor = Cli.run("roster", "validate", p.toString());
        assertThat(anchor.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(anchor.err()).startsWith(p + ":3:").contains("anchors");
    }
}
