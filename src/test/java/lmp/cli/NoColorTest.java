package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off, even on a terminal. */
class NoColorTest {

    private static CliEnvironment terminal(Map<String, String> variables) {
        return new CliEnvironment(Cli.FIXED_CLOCK, variables, InputStream.nullInputStream(), true);
    }

    @Test
    void noColorTurnsColourOffOnATerminal() {
        assertThat(terminal(Map.of("NO_COLOR", "1")).colorAllowed()).isFalse();
        assertThat(terminal(Map.of()).colorAllowed()).isTrue();
    }

    @Test
    void emptyNoColorDoesNotCount() {
        assertThat(terminal(Map.of("NO_COLOR", "")).colorAllowed()).isTrue();
    }

    @Test
    void pipesGetNoColourAnyway() {
        assertThat(Cli.standard().environment().colorAllowed()).isFalse();
    }

    @Test
    void helpHasNoEscapeSequencesUnderNoColor() {
        var r = new Cli(terminal(Map.of("NO_COLOR", "1"))).execute("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage:").doesNotContain("\u001b[");
    }
}
