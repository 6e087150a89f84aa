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
    void unknownKeyIsALocatedErrorWithASuggestion() throws IOException {
        Path file = config("sample.tally.formt: json\n");
        var r = runFixture(withConfig(file), "sample", "tally");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains(file + ":1:", "'sample.tally.formt' is not an lmp option",
                "did you mean 'sample.tally.format'");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
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
