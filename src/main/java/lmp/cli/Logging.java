package lmp.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging configured in code (found by Logback through ServiceLoader): an XML configuration costs
 * over 100 ms of start-up. Logs go to stderr, never stdout, so they cannot corrupt output. The
 * default level is WARN; -v gives INFO, -vv DEBUG, -q ERROR ({@link Verbosity}). Nothing personal is
 * logged at the default level. Nothing else refers to this class, so a command that logs nothing
 * never loads Logback.
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
        Verbosity.started(context); // -v, -vv or -q, asked for before anything logged
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
