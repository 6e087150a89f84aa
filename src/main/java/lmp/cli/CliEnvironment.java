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
        return new CliEnvironment(systemClock(), System.getenv(), System.in, stderrGoesToATerminal());
    }

    /**
     * Whether standard error is a terminal. Java has no isatty; System.console() answers only when
     * stdin and stdout are both terminals, which is wrong for {@code lmp ... > results.txt} typed at
     * a terminal. On Linux, /proc tells where file descriptor 2 goes; elsewhere fall back to the console.
     */
    static boolean stderrGoesToATerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // No /proc (macOS, Windows): the console is the best answer Java gives.
            return System.console() != null;
        }
    }

    /** Whether standard output is a pipe (Linux, from /proc); false when that cannot be told. */
    static boolean stdoutIsAPipe() {
        try {
            return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false; // no /proc: a failed write is reported, which is the safe side
        }
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
