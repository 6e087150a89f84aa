package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class ConfigDefaultsTest {
    @TempDir
    Path dir;

    enum Format { text, json, csv }

    /** Stands in for a command with options, such as election tally, before those commands exist. */
    @Command(name = "tally", description = "Fixture.")
    static final class Tally implements Callable<Integer> {
        @Option(names = "--format", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = {"-s", "--seats"}, defaultValue = "1")
        int seats;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "sample", description = "Fixture group.", subcommands = Tally.class)
    static final class Election implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    private Path config(String yaml) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private Cli withConfig(Path file) {
        return Cli.standard().withVariables(Map.of(ConfigDefaults.VARIABLE, file.toString()));
    }

    /** lmp's real command line with a fixture group added, run like Cli.execute. */
    private record Run(int exit, Tally tally, String err) {
    }

    private Run runFixture(Cli cli, String... args) {
        CommandLine cl = Lmp.newCommandLine(cli.environment());
        cl.addSubcommand(new CommandLine(new Election()));
        cl.setDefaultValueProvider(cl.getDefaultValueProvider()); // register with the added commands too
        Tally tally = cl.getSubcommands().get("sample").getSubcommands().get("tally").getCommand();
        StringWriter err = new StringWriter();
        Lmp.withWriters(cl, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, tally, err.toString());
    }

    @Test
    void flatKeySetsAnOptionDefault() throws IOException {
        var r = runFixture(withConfig(config("sample.tally.format: json\n")), "sample", "tally");
        assertThat(r.exit()).isZero();
        assertThat(r.tally().format).isEqualTo(Format.json);
    }

    @Test
    void nestedKeysWorkTooAndTheCommandLineWins() throws IOException {
        Path file = config("sample:\n  tally:\n    format: csv\n    seats: 3\n");
        var fromFile = runFixture(withConfig(file), "sample", "tally");
        assertThat(fromFile.tally().format).isEqualTo(Format.csv);
        assertThat(fromFile.tally().seats).isEqualTo(3);
        var given = runFixture(withConfig(file), "sample", "tally", "--format", "text");
        assertThat(given.tally().format).isEqualTo(Format.text);
    }

    @Test
    void withoutAConfigFileTheBuiltInDefaultsApply() {
        var r = runFixture(Cli.standard(), "sample", "tally");
        assertThat(r.exit()).isZero();
        assertThat(r.tally().format).isEqualTo(Format.text);
    }

    @Test
    void configFileUnderHomeIsFoundWithoutLmpConfig() throws IOException {
        Path file = dir.resolve(".config/lmp/config.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "sample.tally.format: json\n");
        var r = runFixture(Cli.standard().withVariables(Map.of("HOME", dir.toString())), "sample", "tally");
        assertThat(r.tally().format).isEqualTo(Format.json);
    }

    @Test
    void badValueInTheConfigFileIsAUsageErrorPointingAtTheFile() throws IOException {
        Path file = config("# defaults\nsample.tally.format: xml\n");
        var r = runFixture(withConfig(file), "sample", "tally");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("xml", file + ":2:22: this value comes from the config file");
    }

    @Test
    void unknownKeyIsALocatedWarningWithASuggestionAndTheCommandRuns() throws IOException {
        Path file = config("sample.tally.formt: json\n");
        var r = runFixture(withConfig(file), "sample", "tally");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains(file + ":1:", "warning: 'sample.tally.formt' is not an lmp option",
                "did you mean 'sample.tally.format'", "it is ignored");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void oneKeyWrittenFlatAndNestedIsAnErrorNamingBothLines() throws IOException {
        Path file = config("sample.tally.format: json\nsample:\n  tally:\n    format: csv\n");
        var r = runFixture(withConfig(file), "sample", "tally");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains(file + ":4:", "'sample.tally.format' is set twice, here and at line 1");
    }

    @Test
    void forceNeverComesFromTheConfigFile() throws IOException {
        Path file = config("roster.export.force: true\n");
        Path target = dir.resolve("out.yaml");
        Files.writeString(target, "keep me\n");
        var r = withConfig(file).execute("roster", "export", "examples/roster.yaml", "-o", target.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(r.err()).contains("'roster.export.force' is ignored: --force is given on the command line only");
        assertThat(Files.readString(target)).isEqualTo("keep me\n");
    }

    @Test
    void aTildeInAValueIsTheHomeDirectory() throws IOException {
        Files.copy(Path.of("examples/terms/policy.yaml"), dir.resolve("policy.yaml"));
        Path file = config("terms.policy.policy: ~/policy.yaml\n");
        var cli = Cli.standard().withVariables(Map.of(ConfigDefaults.VARIABLE, file.toString(), "HOME", dir.toString()));
        var r = cli.execute("terms", "policy", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        var list = cli.execute("config", "list");
        assertThat(list.out()).contains("terms.policy.policy = " + dir.resolve("policy.yaml") + "    (" + file + ":1:22)");
    }

    @Test
    void aMissingFileNamedByTheConfigIsTracedToItsLine() throws IOException {
        Path file = config("# policy\nterms.check.policy: /nowhere/policy.yaml\n");
        var r = withConfig(file).execute("terms", "check", "examples/roster.yaml");
        assertThat(r.exit()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(r.err()).contains(file + ":2:21: this value comes from the config file");
    }

    @Test
    void configPathAndListShowTheFileAndEveryValueWithItsOrigin() throws IOException {
        Path file = config("election.tally.format: json\nroster:\n  list:\n    format: csv\nnosuch.key: 1\n");
        var path = withConfig(file).execute("config", "path");
        assertThat(path.exit()).isZero();
        assertThat(path.out()).isEqualTo(file + "\n");
        var list = withConfig(file).execute("config", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("election.tally.format = json    (" + file + ":1:24)",
                "roster.list.format = csv    (" + file + ":4:13)", "nosuch.key = 1    (" + file + ":5:13)  ignored");
        var all = withConfig(file).execute("config", "list", "--all", "--format", "json");
        assertThat(all.out()).contains("\"key\" : \"terms.expiring.within\"", "\"origin\" : \"built-in\"");
        var none = Cli.standard().withVariables(Map.of("HOME", dir.toString())).execute("config", "path");
        assertThat(none.out()).isEqualTo(dir.resolve(".config/lmp/config.yaml") + "\n");
        assertThat(none.err()).contains("does not exist");
    }

    @Test
    void unparsableConfigIsALocatedErrorButHelpAndVersionStillWork() throws IOException {
        Path file = config("election:\n  tally: [json\n");
        var r = withConfig(file).execute("completion", "bash");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains(file.toString() + ":");
        assertThat(withConfig(file).execute("--version").exit()).isZero();
        assertThat(withConfig(file).execute("completion", "--help").exit()).isZero();
    }

    @Test
    void aListWhereOneValueIsExpectedIsALocatedError() throws IOException {
        Path file = config("election.tally.format:\n  - json\n  - csv\n");
        var r = withConfig(file).execute("completion", "fish");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains(file + ":2:", "'election.tally.format' is a list");
    }

    @Test
    void missingLmpConfigFileIsExit66() {
        var r = withConfig(dir.resolve("nope.yaml")).execute("completion", "bash");
        assertThat(r.exit()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(r.err()).contains("nope.yaml", "no such file");
    }

    @Test
    void optionsOfLmpItselfSitAtTheTop() throws IOException {
        Path file = config("quiet: true\n");
        var r = withConfig(file).execute("completion", "bash");
        assertThat(r.exit()).isZero();
        CommandLine cl = Lmp.newCommandLine(withConfig(file).environment());
        cl.parseArgs("completion", "bash");
        assertThat(((Lmp) cl.getCommand()).quiet()).isTrue();
    }
}
