package lmp.cli;

import java.io.PrintStream;

/**
 * Entry point: runs the command line {@link Lmp#forArguments} builds for the arguments and exits with
 * its code. {@code lmp --version} alone is answered before any command is built: scripts and
 * package managers call it to see that lmp is there, and it should cost no more than the JVM's own
 * start (docs/install.md, "Start-up"); its text is picocli's, as a test checks.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            printVersion(System.out);
            System.exit(afterFlush(ExitCode.OK));
        }
        int code = Lmp.forArguments(CliEnvironment.system(), args).execute(args);
        System.exit(afterFlush(code));
    }

    /**
     * The exit code once standard output is flushed. A {@link PrintStream} keeps its write errors to
     * itself, so without this a report sent to a full disk ({@code lmp ... > /dev/full}) would be cut
     * short and still exit 0: a script would take a partial report for a whole one. A failed write is
     * reported on stderr and turns success (0 or 1) into 73; another failure's own code is kept.
     * When standard output is a pipe, a failed write means its reader has gone ({@code lmp ... | head}
     * stopped reading, as it should): that is not reported, as other Unix tools end silently then.
     */
    static int finish(int code, PrintStream out, PrintStream err, boolean outIsAPipe) {
        if (!out.checkError() || outIsAPipe) { // checkError flushes first
            return code;
        }
        err.println("lmp: could not write all of standard output (is the disk full?); what was written is incomplete");
        err.flush();
        return code == ExitCode.OK || code == ExitCode.FINDINGS ? ExitCode.CANNOT_WRITE : code;
    }

    /** {@link #finish} for the process's own streams; whether stdout is a pipe is asked only after a failed write. */
    private static int afterFlush(int code) {
        return System.out.checkError() ? finish(code, System.out, System.err, CliEnvironment.stdoutIsAPipe()) : code;
    }

    static void printVersion(PrintStream out) {
        for (String line : VersionProvider.lines()) {
            out.println(line);
        }
        out.flush();
    }
}
