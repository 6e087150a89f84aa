package lmp.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Runs lmp in-process through the same factory as {@code main}, with a fixed clock, an empty
 * environment and captured output, so command tests read like a terminal session:
 * {@code var r = Cli.run("roster", "validate", file); assertThat(r.exit()).isZero();}
 */
public record Cli(CliEnvironment environment) {
    /** The clock every test sees unless it sets its own: a fixed instant, never the real time. */
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);

    public record Result(int exit, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    public static Cli standard() {
        return new Cli(new CliEnvironment(FIXED_CLOCK, Map.of(), InputStream.nullInputStream(), false));
    }

    public Cli withStdin(String text) {
        return new Cli(new CliEnvironment(environment.clock(), environment.variables(),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), environment.stderrIsTerminal()));
    }

    public Cli withClock(Clock clock) {
        return new Cli(new CliEnvironment(clock, environment.variables(), environment.stdin(), environment.stderrIsTerminal()));
    }

    public Cli withVariables(Map<String, String> variables) {
        return new Cli(new CliEnvironment(environment.clock(), variables, environment.stdin(), environment.stderrIsTerminal()));
    }

    public static Result run(String... args) {
        return standard().execute(args);
    }

    public Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Lmp.withWriters(Lmp.forArguments(environment, args), new PrintWriter(out, true), new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
