package lmp.cli;

import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

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
        return new CliEnvironment(systemClock(), System.getenv(), System.in, System.console() != null);
    }

    /**
     * The system clock at the default time zone's current UTC offset, which gives the same "today" as
     * {@code Clock.systemDefaultZone()}. It avoids creating a region {@code ZoneId}, which initialises
     * every {@code java.time} zone-rules provider on the class path (ical4j registers one that loads its
     * own time-zone database and logging): over 100 ms of start-up for a command that never needs it.
     */
    static Clock systemClock() {
        long now = System.currentTimeMillis();
        return Clock.system(ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(now) / 1000));
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }

    /** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
    public boolean colorAllowed() {
        return variable("NO_COLOR").isEmpty() && stderrIsTerminal;
    }
}
