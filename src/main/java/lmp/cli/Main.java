package lmp.cli;

/** Entry point: runs the command line built by {@link Lmp#newCommandLine} and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Lmp.newCommandLine(CliEnvironment.system()).execute(args);
        System.exit(code);
    }
}
