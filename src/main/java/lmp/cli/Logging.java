package lmp.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.LoggerFactory;

/**
 * Logging configured in code (found by Logback through ServiceLoader): an XML configuration costs
 * over 100 ms of start-up. Logs go to stderr, never stdout, so they cannot corrupt output. The
 * default level is WARN; -v gives INFO, -vv DEBUG, -q ERROR. Nothing personal is logged at the
 * default level.
 */
public final class Logging extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("stderr");
        appender.setTarget("System.err");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("lmp: %level: %msg%n");
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
        root.setLevel(Level.WARN);
        // PDFBox says at WARN that it uses a metric-compatible font for Helvetica on every ballot
        // page; that is expected (the ballots embed Liberation Sans) and not worth a line each run.
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
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

    /** Sets the level from the verbosity flags: -1 quiet, 0 default, 1 -v, 2+ -vv. */
    static void apply(int verbosity) {
        quietSlf4j();
        if (verbosity == 0) {
            return; // default already set; avoid initialising logging when nobody needs it
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            Level level = verbosity < 0 ? Level.ERROR : verbosity == 1 ? Level.INFO : Level.DEBUG;
            ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(level);
        }
    }
}
