package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter screen = new StringWriter();

    private Progress progress(boolean terminal, Map<String, String> variables, boolean quiet) {
        var env = new CliEnvironment(Cli.FIXED_CLOCK, variables, InputStream.nullInputStream(), terminal);
        return Progress.on(env, new PrintWriter(screen, true), quiet);
    }

    private void run(Progress p) {
        p.start("Reading ballots", 200);
        for (int i = 0; i < 200; i++) {
            p.advance(1);
        }
        p.done();
    }

    @Test
    void pipesAndCronSeeNothing() {
        run(progress(false, Map.of(), false));
        assertThat(screen.toString()).isEmpty();
    }

    @Test
    void dumbTerminalSeesNothing() {
        run(progress(true, Map.of("TERM", "dumb"), false));
        assertThat(screen.toString()).isEmpty();
    }

    @Test
    void quietSeesNothing() {
        run(progress(true, Map.of(), true));
        assertThat(screen.toString()).isEmpty();
    }

    @Test
    void terminalSeesABarThatEndsFullAndIsErased() {
        Progress p = progress(true, Map.of("NO_COLOR", "1"), false);
        p.start("Reading ballots", 200);
        p.advance(50);
        assertThat(screen.toString()).endsWith("\rReading ballots [#######-----------------------]  25% 50/200");
        p.advance(150);
        assertThat(screen.toString()).endsWith("\rReading ballots [##############################] 100% 200/200");
        p.done();
        String erase = "\r" + " ".repeat("Reading ballots [##############################] 100% 200/200".length()) + "\r";
        assertThat(screen.toString()).endsWith(erase);
    }

    @Test
    void noColorMeansNoEscapeSequences() {
        run(progress(true, Map.of("NO_COLOR", "1"), false));
        assertThat(screen.toString()).isNotEmpty().doesNotContain("\u001b[");
    }

    @Test
    void colourWhenAllowed() {
        run(progress(true, Map.of(), false));
        assertThat(screen.toString()).contains("\u001b[32m#");
    }

    @Test
    void redrawsAtMostOncePerThousandth() {
        Progress p = progress(true, Map.of("NO_COLOR", "1"), false);
        p.start("Importing rows", 100_000);
        for (int i = 0; i < 100_000; i++) {
            p.advance(1);
        }
        assertThat(screen.toString().chars().filter(c -> c == '\r').count()).isEqualTo(1001);
    }

    @Test
    void unknownTotalShowsACount() {
        Progress p = progress(true, Map.of("NO_COLOR", "1"), false);
        p.start("Reading rows", 0);
        p.advance(2500);
        assertThat(screen.toString()).endsWith("\rReading rows 2,500");
    }
}
