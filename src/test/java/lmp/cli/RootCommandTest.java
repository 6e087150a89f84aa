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
        assertThat(r.err()).contains("Unknown option", "--help");
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
        if (spec.userObject() instanceof picocli.CommandLine.HelpCommand
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
}
