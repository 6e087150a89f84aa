package lmp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import lmp.io.BusyException;
import lmp.io.InputException;
import lmp.io.MissingInputException;
import lmp.io.OutputException;
import lmp.io.Problem;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The one place where a failure becomes one line per problem on stderr and an exit code. No
 * stack trace reaches the user unless they ask for it with {@code --stacktrace}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final Lmp root;

    ErrorHandler(Lmp root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        int code;
        if (ex instanceof InputException e) {
            for (Problem p : e.problems()) {
                err.println(p.render());
            }
            code = ExitCode.DATA_ERROR;
        } else if (ex instanceof MissingInputException e) {
            err.println(e.getMessage());
            code = ExitCode.NO_INPUT;
        } else if (ex instanceof OutputException e) {
            err.println(e.getMessage());
            code = ExitCode.CANNOT_WRITE;
        } else if (ex instanceof BusyException e) {
            err.println(e.getMessage());
            code = ExitCode.BUSY;
        } else if (ex instanceof UncheckedIOException e && isBrokenPipe(e)) {
            code = ExitCode.OK; // the reader of our output went away (e.g. `| head`); nothing to report
        } else {
            err.println("lmp: internal error: " + ex + " (this is a bug; rerun with --stacktrace and report it)");
            // the logger is looked up only here: initialising logging costs start-up time on every run
            LoggerFactory.getLogger(ErrorHandler.class).debug("internal error", ex);
            code = ExitCode.INTERNAL;
        }
        if (root.stacktrace()) {
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            err.print(sw);
        }
        err.flush();
        return code;
    }

    private static boolean isBrokenPipe(UncheckedIOException e) {
        String m = e.getCause() == null ? null : e.getCause().getMessage();
        return m != null && m.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }

    /** Usage errors: the message, a pointer to --help, exit 2. */
    static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("lmp: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
        err.flush();
        return ExitCode.USAGE;
    }
}
