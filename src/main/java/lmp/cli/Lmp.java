package lmp.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import lmp.io.InputFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command. It only wires the command groups (listed in {@link Commands}) and the options
 * every command shares; {@link #forArguments} is the factory {@code main} and the tests' harness use,
 * {@link #newCommandLine} the one for whatever needs the whole tree (help pages, completion, man pages).
 */
@Command(name = "lmp",
        header = "Rosters, elections, tallies, terms and bargaining timelines for Labor Management Partnership unions.",
        description = "lmp works on files the union keeps: roster YAML, ballot files (BLT or CSV), election, policy and "
                + "bargaining plan YAML. Every command has --help with examples.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp roster validate examples/roster.yaml",
            "  lmp election tally examples/elections/icu-co-lead/election.yaml",
            "  lmp help election tally"})
public final class Lmp extends CommandGroup {
    private final CliEnvironment environment;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Say more about what is being done (repeat for more: -vv).")
    boolean[] verbose = new boolean[0];

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only results and errors, no notes.")
    boolean quiet;

    @Option(names = "--stacktrace", hidden = true, scope = ScopeType.INHERIT,
            description = "On an internal error, print the Java stack trace (for bug reports).")
    boolean stacktrace;

    public Lmp(CliEnvironment environment) {
        this.environment = environment;
    }

    public CliEnvironment environment() {
        return environment;
    }

    public int verbosity() {
        return quiet ? -1 : verbose.length;
    }

    public boolean quiet() {
        return quiet;
    }

    boolean stacktrace() {
        return stacktrace;
    }

    /** The whole command tree, every command built. */
    public static CommandLine newCommandLine(CliEnvironment environment) {
        return build(environment, List.of());
    }

    /**
     * The command line {@code main} runs for {@code args}: the tree with only the branch those
     * arguments name (see {@link Commands#branchNamedBy}); it answers {@code args} exactly as the whole
     * tree would, and starts faster.
     */
    public static CommandLine forArguments(CliEnvironment environment, String[] args) {
        return build(environment, Commands.branchNamedBy(args));
    }

    private static CommandLine build(CliEnvironment environment, List<String> branch) {
        Lmp root = new Lmp(environment);
        CommandLine cl = new CommandLine(root);
        Commands.build(cl, "", branch);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(
                environment.colorAllowed() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        ConfigDefaults config = ConfigDefaults.from(environment);
        cl.setDefaultValueProvider(config);
        cl.setExecutionStrategy(parseResult -> {
            Verbosity.apply(root.verbosity());
            refuseUnmatched(parseResult);
            if (!helpOrVersionRequested(parseResult)) {
                for (lmp.io.Problem warning : config.check(cl,
                        () -> branch.isEmpty() ? cl : newCommandLine(environment))) {
                    if (!root.quiet()) {
                        cl.getErr().println(warning.render());
                    }
                }
                cl.getErr().flush();
            }
            InputFile.forgetRecentlyRead();
            long start = System.nanoTime();
            int code;
            try {
                code = new CommandLine.RunLast().execute(parseResult);
            } catch (OutOfMemoryError e) {
                return ErrorHandler.outOfMemory(cl.getErr(), root.stacktrace() ? e : null);
            }
            if (root.verbosity() > 1) {
                cl.getErr().println("lmp: the command took " + BaseCommand.millis(start) + " ms in all, exit " + code);
                cl.getErr().flush();
            }
            return code;
        });
        cl.setExecutionExceptionHandler(new ErrorHandler(root, config));
        HelpLayout.apply(cl);
        cl.setParameterExceptionHandler((ex, args) -> {
            int code = ErrorHandler.usageError(ex, args);
            config.origin(ex.getArgSpec()).ifPresent(at -> {
                ex.getCommandLine().getErr().println(at.render()
                        + ": this value comes from the config file; fix it there or give the option on the command line");
                ex.getCommandLine().getErr().flush();
            });
            return code;
        });
        applyExitCodeList(cl);
        return cl;
    }

    /**
     * picocli lets words it does not know pass when --help follows them ({@code lmp election nosuch
     * --help} would show the help of {@code lmp election} and exit 0); a typo in a script's help
     * call must fail like any other.
     */
    private static void refuseUnmatched(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (!r.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(r.commandSpec().commandLine(), r.unmatched());
            }
        }
    }

    private static boolean helpOrVersionRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.isUsageHelpRequested() || r.isVersionHelpRequested()
                    || r.commandSpec().userObject() instanceof HelpCommand) {
                return true;
            }
        }
        return false;
    }

    private static void applyExitCodeList(CommandLine cl) {
        Map<String, String> codes = ExitCode.describe();
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().userObject() instanceof HelpCommand) {
                continue;
            }
            applyExitCodeList(sub);
        }
    }

    /** Writers for tests and main alike. */
    public static CommandLine withWriters(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }
}
