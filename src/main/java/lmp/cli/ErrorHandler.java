package lmp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import lmp.io.BusyException;
import java.util.ArrayList;
import java.util.List;
import lmp.io.InputException;
import lmp.io.InputFile;
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
    private final ConfigDefaults config;

    ErrorHandler(Lmp root, ConfigDefaults config) {
        this.root = root;
        this.config = config;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        int code;
        List<Problem> problems = new ArrayList<>();
        if (ex instanceof InputException e) {
            for (Problem p : e.problems()) {
                err.println(p.render());
            }
            problems.addAll(e.problems());
            code = ExitCode.DATA_ERROR;
        } else if (ex instanceof MissingInputException e) {
            err.println(e.getMessage());
            problems.add(unlocated(e.getMessage()));
            code = ExitCode.NO_INPUT;
        } else if (ex instanceof OutputException e) {
            String message = plainWords(e);
            err.println(message);
            problems.add(unlocated(message));
            code = ExitCode.CANNOT_WRITE;
        } else if (ex instanceof BusyException e) {
            err.println(e.getMessage());
            code = ExitCode.BUSY;
        } else if (ex instanceof UncheckedIOException e && isBrokenPipe(e)) {
            code = ExitCode.OK; // the reader of our output went away (e.g. `| head`); nothing to report
        } else {
            String message = "lmp: internal error: " + ex + " (this is a bug; rerun with --stacktrace and report it)";
            err.println(message);
            problems.add(unlocated(message));
            // the logger is looked up only here: initialising logging costs start-up time on every run
            LoggerFactory.getLogger(ErrorHandler.class).debug("internal error", ex);
            code = ExitCode.INTERNAL;
        }
        if (code != ExitCode.OK) {
            // A value the config file gave (a --policy path, a --ubt) that the failure quotes: say where it was written.
            String said = problems.stream().map(Problem::render).reduce("", (a, b) -> a + "\n" + b);
            for (lmp.io.Location at : config.originsQuotedIn(cl, said)) {
                err.println(at.render() + ": this value comes from the config file; fix it there or give the option on the command line");
            }
        }
        if (code != ExitCode.OK && jsonRequested(cl)) {
            cl.getOut().print(JsonOutput.error(code, problems));
            cl.getOut().flush();
        }
        if (root.stacktrace()) {
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            err.print(sw);
        }
        err.flush();
        return code;
    }

    /**
     * Out of memory: one line naming what was being read and how to give the JVM more, exit 70.
     * By the time this runs the command's data is unreachable, so there is memory to print again.
     */
    static int outOfMemory(PrintWriter err, Throwable stacktrace) {
        java.util.List<String> inputs = InputFile.recentlyRead();
        long heapMiB = Runtime.getRuntime().maxMemory() >> 20;
        long suggestion = Math.max(2, Math.min(64, Long.highestOneBit(Math.max(1, heapMiB * 4 / 1024)) * 2));
        err.println("lmp: out of memory (Java heap " + heapMiB + " MiB)"
                + (inputs.isEmpty() ? "" : " working on " + String.join(", ", inputs))
                + "; check that it is the right file, or give lmp more memory, e.g. LMP_JAVA_OPTS=-Xmx" + suggestion
                + "g (with java -jar: java -Xmx" + suggestion + "g -jar lmp.jar)");
        if (stacktrace != null) {
            stacktrace.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static boolean isBrokenPipe(UncheckedIOException e) {
        String m = e.getCause() == null ? null : e.getCause().getMessage();
        return m != null && m.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }

    private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile("\\b(java\\.[a-z.]+\\.)?[A-Z][A-Za-z]*Exception\\b");

    /**
     * An output failure in words: the operating system's reason when the message carries only a Java
     * class name ("cannot write: NoSuchFileException").
     */
    static String plainWords(OutputException e) {
        String m = e.getMessage() == null ? "cannot write" : e.getMessage();
        if (!JAVA_NAME.matcher(m).find()) {
            return m;
        }
        Throwable cause = e.getCause();
        String reason;
        if (cause instanceof java.nio.file.NoSuchFileException) {
            reason = "its directory does not exist or is not a directory; create it first or choose another place";
        } else if (cause instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied; choose another place or fix the permissions";
        } else if (cause instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = "the system refused to write it; check the place, its permissions and the free space";
        }
        return JAVA_NAME.matcher(m).replaceAll(java.util.regex.Matcher.quoteReplacement(reason));
    }

    /** A problem that belongs to no file line: its message may start with the file's name, as lmp's do. */
    private static Problem unlocated(String message) {
        return Problem.error(lmp.io.Location.of(""), message);
    }

    /** Whether the command that failed was asked for JSON, so that standard output must still be JSON. */
    static boolean jsonRequested(CommandLine cl) {
        CommandLine.Model.OptionSpec format = cl.getCommandSpec().findOption("--format");
        if (format == null || format.typeInfo().isMultiValue()) {
            return false;
        }
        Object value = format.getValue();
        return value != null && "json".equals(value.toString());
    }

    /** The same, from the words typed, for a usage error (the command line could not be parsed). */
    static boolean jsonRequested(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--format=json".equals(args[i]) || ("--format".equals(args[i]) && i + 1 < args.length && "json".equals(args[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    /** Usage errors: the message, a pointer to --help, exit 2. */
    static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = UsageErrors.message(ex);
        err.println("lmp: " + message);
        if (jsonRequested(args)) {
            cl.getOut().print(JsonOutput.error(ExitCode.USAGE, List.of(unlocated("lmp: " + message))));
            cl.getOut().flush();
        }
        if (!(ex instanceof CommandLine.UnmatchedArgumentException) && !(ex instanceof CommandLine.MissingParameterException)) {
            String command = cl.getCommandSpec().userObject() instanceof HelpCommand ? "lmp" : cl.getCommandSpec().qualifiedName();
            err.println("Try '" + command + " --help' for usage and examples.");
        }
        err.flush();
        return ExitCode.USAGE;
    }
}
