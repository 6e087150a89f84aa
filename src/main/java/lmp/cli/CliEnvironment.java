package lmp.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What a command may take from the world outside its arguments: the clock (only to default
 * {@code --as-of}), environment variables, standard input and whether stderr is a terminal.
 * Tests pass a fixed clock and an empty environment, so no test reads the real clock.
 */
public record CliEnvironment(Clock clock, Map<String, String> variables, InputStream stdin, boolean stderrIsTerminal) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    public static CliEnvironment system() {
        return new CliEnvironment(Clock.systemDefaultZone(), System.getenv(), System.in, System.console() != null);
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }

    /** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
    public boolean colorAllowed() {
        return variable("NO_COLOR").isEmpty() && stderrIsTerminal;
    }
}
