package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lmp.cli.Cli;
import lmp.io.CsvOutput;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.OutputDirectory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Limits on what an input can make lmp do: file size, where outputs go, what a CSV cell can run. */
class LimitsTest {
    /** A cell a spreadsheet would run as a formula (OWASP CSV injection), unless it is a plain number. */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** The classes that create a CsvOutput, each proved by a test of its command below. */
    private static final List<String> CHECKED_WRITERS = List.of("CsvReport.java", "PlanCsv.java", "RosterCsv.java",
            "ListCommand.java", "FindingsFormat.java", "ExpiryFormat.java", "ReleaseTimeFormat.java", "CheckoffList.java");

    @Test
    void aFileOverTheSizeLimitIsALocatedProblemNotAnOutOfMemory(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.csv");
        Files.write(big, new byte[2049]);
        assertThatThrownBy(() -> InputFile.read(big.toString(), InputStream(), 2048))
                .isInstanceOf(InputException.class)
                .hasMessage(big + ": file is larger than the limit of 2048 bytes; split it or check it is the right file");
        assertThatThrownBy(() -> InputFile.read("-", new ByteArrayInputStream(new byte[2049]), 2048))
                .isInstanceOf(InputException.class).hasMessageStartingWith("<stdin>: file is larger than the limit");
        assertThat(InputFile.read(big.toString(), InputStream(), 2049).size()).isEqualTo(2049);
    }

    private static java.io.InputStream InputStream() {
        return java.io.InputStream.nullInputStream();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "..", ".", "", "/", "/etc/passwd", "a/../../b", "..\\..\\windows", "C:\\x",
        "~root", "x\u0000y", ".hidden", "-rf", "ünïcødé", "a\nb"})
    void aNameFromDataNeverLeavesTheOutputDirectory(String name, @TempDir Path tmp) {
        OutputDirectory dir = new OutputDirectory(tmp.resolve("out"));
        Path file = dir.file(name);
        assertThat(file.getParent()).isEqualTo(tmp.resolve("out"));
        assertThat(file.getFileName().toString()).isNotIn(".", "..").doesNotStartWith(".").doesNotStartWith("-")
                .matches("[A-Za-z0-9._-]{1,120}");
    }

    @Test
    void aPlanIdThatClimbsOutOfTheOutputDirectoryIsWrittenInsideIt(@TempDir Path tmp) throws IOException {
        String plan = Files.readString(Path.of("examples/bargaining-2021/plan.yaml"))
                .replace("id: kp-alliance-2021", "id: ../../../etc/passwd");
        Path planFile = tmp.resolve("work/plan.yaml");
        Files.createDirectories(planFile.getParent());
        Files.writeString(planFile, plan);
        Path out = tmp.resolve("work/a/b/out");
        Cli.Result r = Cli.run("bargaining", "timeline", planFile.toString(), "--out", out.toString(), "--as-of", "2021-06-01");
        assertThat(r.exit()).as(r.err()).isIn(0, 65);
        List<Path> outside;
        try (Stream<Path> all = Files.walk(tmp)) {
            outside = all.filter(Files::isRegularFile).filter(p -> !p.startsWith(out) && !p.equals(planFile)).toList();
        }
        assertThat(outside).as("files written outside --out").isEmpty();
        if (r.exit() == 0) {
            try (Stream<Path> inside = Files.list(out)) {
                assertThat(inside.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("etc-passwd.ics", "etc-passwd.md", "etc-passwd.csv", "etc-passwd.html",
                                "etc-passwd.json");
            }
        }
    }

    @Test
    void anAuditLogPathFromTheElectionFileCannotLeaveTheElectionsDirectory(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("a/b/election");
        Files.createDirectories(dir);
        Path source = Path.of("src/test/resources/bad/election-admin/audit-log-outside");
        Files.copy(source.resolve("roster.yaml"), dir.resolve("roster.yaml"));
        Files.writeString(dir.resolve("election.yaml"), Files.readString(source.resolve("election.yaml"))
                .replaceFirst("(?m)^audit_log: .*$", "audit_log: ../../escaped.jsonl"));
        Cli.Result r = Cli.run("election", "check", dir.resolve("election.yaml").toString(), "--as-of", "2026-10-02");
        assertThat(tmp.resolve("a/escaped.jsonl")).doesNotExist();
        assertThat(r.exit()).as(r.err()).isEqualTo(65);
        assertThat(r.err()).contains("election.yaml:54:", "'audit_log' should be a plain file name");
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> tmp.relativize(p).toString()))
                    .containsExactlyInAnyOrder("a/b/election/roster.yaml", "a/b/election/election.yaml");
        }
    }

    @Test
    void tallyCsvNeutralisesCandidateNamesThatWouldRunAsFormulas(@TempDir Path tmp) throws IOException {
        Path ballots = tmp.resolve("ballots.csv");
        Files.writeString(ballots, "rank1,rank2\n"
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",@SUM(A1)\n"
                + "+1-555-0100,-cmd\n"
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",+1-555-0100\n");
        Cli.Result r = Cli.run("election", "tally", ballots.toString(), "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> cells = cells(r.out());
        assertThat(cells).contains("'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(A1)", "'+1-555-0100", "'-cmd");
        assertNoFormula(cells);
    }

    @Test
    void bargainingCsvNeutralisesPlanTextThatWouldRunAsFormulas(@TempDir Path tmp) throws IOException {
        String plan = Files.readString(Path.of("src/test/resources/bargaining/timed-plan.yaml"))
                .replace("title: Opening session", "title: \"=cmd|' /C calc'!A0\"")
                .replace("location: virtual", "location: \"@SUM(1+1)\"");
        Path planFile = tmp.resolve("plan.yaml");
        Files.writeString(planFile, plan);
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("bargaining", "timeline", planFile.toString(), "--out", out.toString(), "--format", "csv",
                "--as-of", "2025-05-01");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> cells;
        try (Stream<Path> files = Files.list(out)) {
            cells = cells(Files.readString(files.findFirst().orElseThrow()));
        }
        assertThat(cells).contains("'=cmd|' /C calc'!A0", "'@SUM(1+1)");
        assertNoFormula(cells);
    }

    @Test
    void rosterCsvOutputsNeutraliseNamesThatWouldRunAsFormulas(@TempDir Path tmp) throws IOException {
        String roster = Files.readString(Path.of("examples/roster.yaml"))
                .replace("name: Uma Estrada", "name: \"=HYPERLINK(\\\"http://evil.example\\\")\"")
                .replace("manager: Morgan Hale", "manager: \"@SUM(1+1)\"");
        Path file = tmp.resolve("roster.yaml");
        Files.writeString(file, roster);
        for (String[] c : List.of(new String[] {"roster", "export", file.toString(), "--format", "csv"},
                new String[] {"roster", "list", file.toString(), "--format", "csv", "--as-of", "2026-06-15"})) {
            Cli.Result r = Cli.run(c);
            assertThat(r.exit()).as(String.join(" ", c) + ": " + r.err()).isZero();
            List<String> cells = cells(r.out());
            assertThat(cells).as(String.join(" ", c)).contains("'=HYPERLINK(\"http://evil.example\")");
            assertNoFormula(cells);
        }
    }

    @Test
    void termsCsvOutputsNeutraliseNamesThatWouldRunAsFormulas(@TempDir Path tmp) throws IOException {
        String name = "=cmd|' /C calc'!A0";
        Path file = tmp.resolve("roster.yaml");
        Files.writeString(file, Files.readString(Path.of("examples/terms/roster-with-problems.yaml"))
                .replaceAll("(?m)^    name: .*$", "    name: \"" + name + "\""));
        for (String[] c : List.of(new String[] {"terms", "check", file.toString(), "--as-of", "2026-06-15", "--format", "csv"},
                new String[] {"terms", "expiring", file.toString(), "--within", "3650d", "--as-of", "2026-06-15", "--format", "csv"},
                new String[] {"terms", "release-time", file.toString(), "--month", "2026-07", "--format", "csv"})) {
            Cli.Result r = Cli.run(c);
            assertThat(r.exit()).as(String.join(" ", c) + ": " + r.err()).isIn(0, 1);
            List<String> cells = cells(r.out());
            assertThat(cells).as(String.join(" ", c)).contains("'" + name);
            assertNoFormula(cells);
        }
    }

    @Test
    void checkoffListNeutralisesNamesThatWouldRunAsFormulas(@TempDir Path w) throws IOException {
        String name = "=cmd|' /C calc'!A0";
        Files.writeString(w.resolve("roster.yaml"), Files.readString(Path.of("examples/roster.yaml"))
                .replaceAll("(?m)^    name: (?!Uma Estrada|Iris Quintero|Tanya Reyes).*$", "    name: \"" + name + "\""));
        String e = w.resolve("election.yaml").toString();
        Cli.Result created = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster",
                w.resolve("roster.yaml").toString(), "--candidates", "100101,100107,100125", "--method", "irv", "--nomination",
                "2026-10-01", "--notice", "2026-10-15", "--list-inspection-from", "2026-10-15", "--voting-opens", "2026-11-04",
                "--voting-closes", "2026-11-05", "--term-starts", "2027-01-01", "--as-of", "2026-09-30", "--out", e);
        assertThat(created.exit()).as(created.err()).isZero();
        Cli.Result printed = Cli.run("election", "ballots", e, "--out", w.resolve("print").toString(), "--as-of", "2026-10-14");
        assertThat(printed.exit()).as(printed.err()).isZero();
        List<String> cells = cells(Files.readString(w.resolve("print/checkoff.csv")));
        assertThat(cells).contains("'" + name);
        assertNoFormula(cells);
    }

    /** Every CSV writer in src/main goes through CsvOutput: no other class touches Commons CSV's printer or format. */
    @Test
    void everyCsvWriterGoesThroughCsvOutput() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<String> writers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = p.getFileName().toString();
                String source = Files.readString(p);
                if (name.equals("CsvOutput.java") || name.equals("CsvInput.java")) continue;
                if (source.contains("org.apache.commons.csv") || source.contains("CSVPrinter")) offenders.add(p.toString());
                if (source.contains("new CsvOutput(")) writers.add(name);
                if (name.contains("Csv") && (source.contains("OutputStream") || source.contains("Writer"))
                        && !source.contains("new CsvOutput(")) {
                    offenders.add(p + " (writes CSV without CsvOutput?)");
                }
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(writers).as("the CSV writers checked by the tests above").contains("CsvReport.java", "PlanCsv.java");
        assertThat(writers).as("every CSV writer has a test above").allMatch(w -> CHECKED_WRITERS.contains(w));
    }

    @Test
    void csvOutputNeutralisesEveryRiskyFirstCharacterButKeepsNumbers() {
        assertThat(CsvOutput.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvOutput.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvOutput.neutralise("-x")).isEqualTo("'-x");
        assertThat(CsvOutput.neutralise("@x")).isEqualTo("'@x");
        assertThat(CsvOutput.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvOutput.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CsvOutput.neutralise("-3")).isEqualTo("-3");
        assertThat(CsvOutput.neutralise("-12.5")).isEqualTo("-12.5");
        assertThat(CsvOutput.neutralise("Ana")).isEqualTo("Ana");
    }

    private static List<String> cells(String csv) throws IOException {
        List<String> cells = new ArrayList<>();
        for (CSVRecord rec : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            rec.forEach(cells::add);
        }
        return cells;
    }

    private static void assertNoFormula(List<String> cells) {
        assertThat(cells).noneMatch(c -> FORMULA.matcher(c).matches() && !NUMBER.matcher(c).matches());
    }

    @Test
    void tallyIntoADirectoryWithOneExistingReportWritesNothingWithoutForce(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("tally.json"), "previous");
        Cli.Result r = Cli.run("election", "tally", "examples/ballots/steward-council.blt", "--out", tmp.toString());
        assertThat(r.exit()).isEqualTo(73);
        assertThat(r.err()).contains("tally.json: already exists; use --force");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("tally.json");
        }
        assertThat(Files.readString(tmp.resolve("tally.json"))).isEqualTo("previous");
    }
}
