package lmp.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * The log level from the verbosity flags: -q ERROR, default WARN, -v INFO, -vv DEBUG. Kept apart from
 * {@link Logging} (the Logback configurator) so that a command that logs nothing loads no logging
 * class, whatever its flags: the level asked for is only remembered, and {@link Logging} applies it
 * when something first logs and Logback starts (docs/install.md, "Start-up").
 */
final class Verbosity {
    private static volatile int requested;
    private static volatile LoggerContext started;

    private Verbosity() {
    }

    /** Asks for the level of {@code verbosity} (-1 quiet, 0 default, 1 -v, 2+ -vv). */
    static void apply(int verbosity) {
        quietSlf4j();
        requested = verbosity;
        LoggerContext context = started;
        if (context != null) {
            setLevel(context); // Logback already runs (an earlier command in the same JVM): change it now
        }
    }

    /** Called by {@link Logging} once Logback has started: applies the level asked for. */
    static void started(LoggerContext context) {
        started = context;
        setLevel(context);
    }

    private static void setLevel(LoggerContext context) {
        int v = requested;
        Level level = v < 0 ? Level.ERROR : v == 0 ? Level.WARN : v == 1 ? Level.INFO : Level.DEBUG;
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(level);
    }

    /**
     * ical4j's time-zone provider logs while Logback starts (Logback reads the time zone), and SLF4J
     * then prints a three-line "replay" notice to stderr (on every run of election ballots, which
     * makes PDFs). The logged event itself is still replayed; only SLF4J's own notice is kept to
     * errors. Called before anything can initialise logging.
     */
    static void quietSlf4j() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }
}
