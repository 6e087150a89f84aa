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
            System.exit(ExitCode.OK);
        }
        int code = Lmp.forArguments(CliEnvironment.system(), args).execute(args);
        System.exit(code);
    }

    static void printVersion(PrintStream out) {
        for (String line : VersionProvider.lines()) {
            out.println(line);
        }
        out.flush();
    }
}
