package lmp.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompletionScriptsTest {

    @ParameterizedTest
    @EnumSource(CompletionScripts.Shell.class)
    void committedScriptIsWhatTheCurrentCommandModelGenerates(CompletionScripts.Shell shell) throws IOException {
        Path committed = WriteCompletionScripts.scriptFile(Path.of("completion"), shell);
        String expected = CompletionScripts.script(shell, WriteCompletionScripts.commandModel());
        assertThat(Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "<missing>")
                .as("%s is stale: the commands or options changed. Regenerate all completion scripts with%n  %s%n"
                        + "and commit completion/.", committed, WriteCompletionScripts.COMMAND)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(CompletionScripts.Shell.class)
    void completionCommandPrintsTheScriptForEachShell(CompletionScripts.Shell shell) {
        var r = Cli.run("completion", shell.name());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(CompletionScripts.script(shell, WriteCompletionScripts.commandModel()));
        assertThat(r.out()).contains("roster", "election", "terms", "bargaining");
    }

    @org.junit.jupiter.api.Test
    void unknownShellIsAUsageErrorNamingTheShellsThereAre() {
        var r = Cli.run("completion", "powershell");
        assertThat(r.exit()).isEqualTo(lmp.cli.ExitCode.USAGE);
        assertThat(r.err()).contains("bash", "zsh", "fish");
    }

    @org.junit.jupiter.api.Test
    void helpCompletesTheCommandGroups() {
        String fish = CompletionScripts.script(CompletionScripts.Shell.fish, WriteCompletionScripts.commandModel());
        assertThat(fish).contains("\"lmp help\"' -x -a 'roster election terms bargaining completion config'\n");
    }

    @org.junit.jupiter.api.Test
    void valuesAreOfferedInTheirWrittenFormDirectoriesForDirAndAfterEqualsAndCommas() {
        String bash = CompletionScripts.script(CompletionScripts.Shell.bash, WriteCompletionScripts.commandModel());
        assertThat(bash).contains("--role) COMPREPLY=( $(compgen -W 'ubt-co-lead labor-partner contract-specialist")
                .doesNotContain("UBT_CO_LEAD")
                .contains("--method) COMPREPLY=( $(compgen -W 'plurality approval irv stv meek'")
                .contains("--out) compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -d -- \"$cur\") )")
                .contains("elif [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}")
                .contains("compgen -P \"$before\" -W 'ics markdown csv html json'");
        String zsh = CompletionScripts.script(CompletionScripts.Shell.zsh, WriteCompletionScripts.commandModel());
        assertThat(zsh).contains("_files -/");
    }
}
