package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootCommandTest {

    @Test
    void versionComesFromTheBuild() {
        var r = Cli.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("lmp ").doesNotContain("unknown");
    }

    @Test
    void helpListsGroupsExamplesAndExitCodes() {
        var r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("roster", "election", "terms", "bargaining", "completion", "Examples:", "Exit codes:", "65");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAPointerToHelp() {
        var r = Cli.run("--frobnicate");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("unknown option '--frobnicate'", "--help");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void groupWithoutACommandIsAUsageError() {
        var r = Cli.run("roster");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("lmp roster");
    }

    @Test
    void everyCommandHasADescriptionAnExampleAndExitCodes() {
        var cl = Lmp.newCommandLine(Cli.standard().environment());
        assertCommand(cl);
    }

    private static void assertCommand(picocli.CommandLine cl) {
        var spec = cl.getCommandSpec();
        if (spec.userObject() instanceof HelpCommand
                || spec.userObject() instanceof picocli.AutoComplete.GenerateCompletion) {
            return;
        }
        assertThat(spec.usageMessage().description()).as(spec.qualifiedName() + " description").isNotEmpty();
        assertThat(String.join("\n", spec.usageMessage().footer())).as(spec.qualifiedName() + " examples")
                .contains("lmp ");
        assertThat(spec.usageMessage().exitCodeList()).as(spec.qualifiedName() + " exit codes").containsKey("65").containsKey("75");
        assertThat(spec.optionsMap()).as(spec.qualifiedName() + " --help/--version").containsKeys("--help", "--version");
        cl.getSubcommands().values().forEach(RootCommandTest::assertCommand);
    }

    @Test
    void lmpAloneShowsTheTopLevelUsageOnStderrAndExits2() {
        var r = Cli.run();
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("lmp: missing command; choose one of: roster, election").contains("Usage: lmp ")
                .doesNotContain("lmp lmp");
    }

    @Test
    void helpResolvesTheFullPath() {
        var viaHelp = Cli.run("help", "election", "tally");
        var viaOption = Cli.run("election", "tally", "--help");
        assertThat(viaHelp.exit()).isZero();
        assertThat(viaHelp.out()).startsWith("Usage: lmp election tally").isEqualTo(viaOption.out());
        assertThat(Cli.run("help").out()).startsWith("Rosters, elections");
    }

    @Test
    void anUnknownCommandIsAUsageErrorEvenWithHelpAfterIt() {
        var r = Cli.run("election", "tallly", "--help");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown command 'tallly' for 'lmp election' (did you mean 'tally'?)");
        var viaHelp = Cli.run("help", "election", "tallly");
        assertThat(viaHelp.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(viaHelp.err()).contains("did you mean 'tally'");
        var top = Cli.run("rostr", "list");
        assertThat(top.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(top.err()).contains("unknown command 'rostr' for 'lmp' (did you mean 'roster'?)").doesNotContain("Unmatched");
    }

    @Test
    void examplesAreNeverWrapped() {
        var r = Cli.run("terms", "check", "--help");
        // longer than any terminal's default width; a copy of it must still run as one command
        assertThat(r.out()).contains("\n  lmp terms check examples/terms/roster-with-problems.yaml --as-of 2026-06-15 --format csv -o findings.csv\n");
    }

    @Test
    void picocliAndJavaWordsNeverReachTheUser() {
        var notInt = Cli.run("election", "tally", "examples/ballots/steward-council.blt", "--seats", "two");
        assertThat(notInt.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(notInt.err()).contains("--seats: 'two' is not a whole number").doesNotContain("int");
        var badEnum = Cli.run("roster", "list", "examples/roster.yaml", "--format", "tabel");
        assertThat(badEnum.err()).contains("--format: 'tabel' is not one of text, csv, json").doesNotContain("case-insensitive");
        var extra = Cli.run("roster", "validate", "examples/roster.yaml", "more.yaml");
        assertThat(extra.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(extra.err()).contains("unexpected argument 'more.yaml'").doesNotContain("Unmatched", "index");
        var missing = Cli.run("roster", "import", "examples/roster.csv");
        assertThat(missing.err()).contains("missing --into ROSTER").doesNotContain("Missing required");
    }

    @Test
    void aFailedJsonCommandPrintsAnErrorObject() {
        var r = Cli.run("roster", "list", "nosuch.yaml", "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(r.out()).startsWith("{").contains("\"error\"", "\"exit\" : 66", "nosuch.yaml: no such file");
        var usage = Cli.run("roster", "list", "examples/roster.yaml", "--format", "json", "--ubt", "NOPE");
        assertThat(usage.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(usage.out()).contains("\"exit\" : 2");
    }

    @Test
    void verboseShowsWhatWasReadDecidedAndWrittenAndVeryVerboseTheTimings() throws Exception {
        var quiet = Cli.run("terms", "check", "examples/roster.yaml");
        assertThat(quiet.err()).doesNotContain("lmp: read", "decided");
        var v = Cli.run("-v", "terms", "check", "examples/roster.yaml");
        assertThat(v.exit()).isZero();
        String sha = lmp.io.InputFile.sha256Hex(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples/roster.yaml")));
        assertThat(v.err()).contains("lmp: read examples/roster.yaml (", "bytes, SHA-256 " + sha + ")",
                "lmp: decided: dates judged as of 2026-06-15 (today; give --as-of in scripts")
                .doesNotContain(" ms");
        assertThat(v.out()).isEqualTo(quiet.out()); // -v never changes the data
        var vv = Cli.run("-vv", "terms", "check", "examples/roster.yaml", "--as-of", "2026-06-15");
        assertThat(vv.err()).contains("decided: dates judged as of 2026-06-15 (--as-of)")
                .containsPattern("read examples/roster.yaml \\([0-9]+ bytes, SHA-256 [0-9a-f]{64}\\) in [0-9]+ ms")
                .containsPattern("the command took [0-9]+ ms in all, exit 0");
    }
}
