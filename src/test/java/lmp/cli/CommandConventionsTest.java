package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command-line vocabulary of README "Conventions", checked on the command model itself, so a
 * new command or option that strays from it fails here: -o/--output FILE for one file, --out DIR
 * for a set, --force beside either, --tie (never --tie-break), --format values from one list and in
 * lower case, --format json on every command that produces output, enum values in their written
 * lower-case form.
 */
class CommandConventionsTest {

    static final Set<String> FORMAT_VALUES = Set.of("text", "json", "csv", "markdown", "html", "yaml", "ics");

    /** Commands that print a script or a help page, not a report: no --format. */
    static final Set<String> NO_REPORT = Set.of("completion", "help");

    private static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";

    private static List<CommandLine> commands() {
        List<CommandLine> all = new ArrayList<>();
        walk(Lmp.newCommandLine(Cli.standard().environment()), all);
        return all;
    }

    private static void walk(CommandLine cl, List<CommandLine> into) {
        into.add(cl);
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) walk(sub, into);
        });
    }

    private static String path(CommandSpec spec) {
        String q = spec.qualifiedName();
        return q.equals("lmp") ? "" : q.substring("lmp ".length());
    }

    private static List<CommandLine> checked() {
        return commands();
    }

    @Test
    void theWalkSeesEveryCommandGroup() {
        List<String> paths = commands().stream().map(cl -> path(cl.getCommandSpec())).toList();
        assertThat(paths).contains("roster list", "election tally", "terms expiring", "bargaining timeline", "completion", "help");
    }

    @Test
    void oneFileIsDashOOutputFileAndASetIsOutDir() {
        for (CommandLine cl : checked()) {
            CommandSpec spec = cl.getCommandSpec();
            OptionSpec output = spec.findOption("--output");
            if (output != null) {
                assertThat(output.names()).as(spec.qualifiedName()).containsExactly("-o", "--output");
                assertThat(output.paramLabel()).as(spec.qualifiedName() + " --output").isEqualTo("FILE");
            }
            OptionSpec out = spec.findOption("--out");
            if (out != null && out.hidden()) continue; // an old name kept for one release (election new's --out FILE)
            if (out != null) {
                assertThat(out.paramLabel()).as(spec.qualifiedName() + " --out writes a set of files into DIR").isEqualTo("DIR");
                assertThat(spec.findOption("-o")).as(spec.qualifiedName() + ": -o is --output, never --out").isNull();
            }
            if (output != null || out != null) {
                assertThat(spec.findOption("--force")).as(spec.qualifiedName() + " writes, so it has --force").isNotNull();
            }
        }
    }

    @Test
    void theTieRuleIsAlwaysTie() {
        for (CommandLine cl : checked()) {
            OptionSpec old = cl.getCommandSpec().findOption("--tie-break");
            // only as the hidden old name of --tie, kept for one release with a note
            assertThat(old == null || old.hidden() && cl.getCommandSpec().findOption("--tie") != null)
                    .as(cl.getCommandSpec().qualifiedName()).isTrue();
        }
    }

    @Test
    void formatValuesComeFromOneListAndJsonIsEverywhere() {
        for (CommandLine cl : checked()) {
            CommandSpec spec = cl.getCommandSpec();
            boolean leaf = cl.getSubcommands().isEmpty();
            OptionSpec format = spec.findOption("--format");
            if (leaf && !NO_REPORT.contains(path(spec))) {
                assertThat(format).as(spec.qualifiedName() + " has --format").isNotNull();
            }
            if (format == null) continue;
            List<String> values = new ArrayList<>();
            format.completionCandidates().forEach(values::add);
            assertThat(values).as(spec.qualifiedName() + " --format values").isNotEmpty().allMatch(FORMAT_VALUES::contains)
                    .contains("json");
            assertThat(values).as(spec.qualifiedName() + " old names are hidden aliases").doesNotContain("table", "md");
        }
    }

    @Test
    void enumValuesAreShownInTheirWrittenLowerCaseForm() {
        for (CommandLine cl : checked()) {
            for (OptionSpec o : cl.getCommandSpec().options()) {
                if (o.completionCandidates() == null || o.hidden()) continue;
                List<String> values = new ArrayList<>();
                o.completionCandidates().forEach(values::add);
                assertThat(values).as(cl.getCommandSpec().qualifiedName() + " " + o.longestName()).allMatch(v -> v.matches(KEBAB));
            }
        }
    }

    @Test
    void optionValuesFromOldNamesStillWorkWithANote() {
        var r = Cli.run("roster", "list", "examples/roster.yaml", "--format", "table", "--as-of", "2026-06-15");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ID");
        assertThat(r.err()).contains("--format table is now --format text");
        var md = Cli.run("roster", "list", "examples/roster.yaml", "--format=table", "--as-of", "2026-06-15");
        assertThat(md.exit()).isZero();
    }

    @Test
    void statusGoesToStderrAndDataToStdout(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        var timeline = Cli.run("bargaining", "timeline", "examples/bargaining-2021/plan.yaml", "--out", tmp.toString(),
                "--as-of", "2021-06-01");
        assertThat(timeline.exit()).isZero();
        assertThat(timeline.out()).isEmpty();
        assertThat(timeline.err()).contains("wrote " + tmp.resolve("kp-alliance-2021.ics"));
        var export = Cli.run("roster", "export", "examples/roster.yaml", "-o", tmp.resolve("r.yaml").toString());
        assertThat(export.exit()).isZero();
        assertThat(export.out()).isEmpty();
        assertThat(export.err()).contains("wrote " + tmp.resolve("r.yaml"));
        var quiet = Cli.run("-q", "roster", "export", "examples/roster.yaml", "-o", tmp.resolve("q.yaml").toString());
        assertThat(quiet.all()).isEmpty();
    }

    @Test
    void anUnknownNameInAnOptionValueIsAUsageError() {
        var ubt = Cli.run("roster", "list", "examples/roster.yaml", "--ubt", "EVMC-ICX");
        assertThat(ubt.exit()).isEqualTo(ExitCode.USAGE);
        var role = Cli.run("roster", "list", "examples/roster.yaml", "--role", "ubt-colead");
        assertThat(role.exit()).isEqualTo(ExitCode.USAGE);
    }
}
