package lmp.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each committed script parses in its own shell ({@code bash -n}, {@code zsh -n}, {@code fish -n}),
 * where that shell is installed; src/test/shell/completion-in-shells.sh checks what they complete.
 */
class ShellSyntaxTest {

    @ParameterizedTest
    @CsvSource({"bash, lmp.bash", "zsh, _lmp", "fish, lmp.fish"})
    void committedScriptParses(String shell, String file) throws Exception {
        Path binary = Path.of("/usr/bin", shell);
        assumeTrue(Files.isExecutable(binary) || Files.isExecutable(Path.of("/bin", shell)), shell + " is not installed");
        Process p = new ProcessBuilder(shell, "-n", Path.of("completion", file).toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(shell + " -n completion/" + file + ": " + output).isZero();
    }
}
