package lmp.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * lmp's command tree, written once: which commands each group holds, in the order help lists them,
 * and how each is made. The tree is built from here rather than from picocli's
 * {@code @Command(subcommands = ...)}, so that a run builds only the branch it runs: picocli builds
 * the model of every command it is given (reflection over each command's options, mixins and
 * converters), and {@code lmp election tally} has no use for the 28 others. What is built
 * for which words is {@link #branchNamedBy}; the measurements are in docs/install.md, "Start-up".
 *
 * <p>A path is the command names after {@code lmp}, joined by spaces ({@code ""} is lmp itself).
 */
final class Commands {
    private Commands() {
    }

    /** The names of the commands directly under {@code path}, in help order; none for a command that runs. */
    static List<String> subcommands(String path) {
        return switch (path) {
            case "" -> List.of("roster", "election", "terms", "bargaining", "completion", "config", "help");
            case "roster" -> List.of("import", "validate", "export", "list");
            case "election" -> List.of("new", "check", "ballots", "intake", "tally", "draw", "certify", "verify", "reopen");
            case "terms" -> List.of("policy", "check", "expiring", "release-time");
            case "bargaining" -> List.of("timeline", "deadlines", "validate");
            case "config" -> List.of("path", "list");
            default -> List.of();
        };
    }

    /** Every command's path, depth first in help order ({@code roster}, {@code roster import}, ...). */
    static List<String> allPaths() {
        return below("");
    }

    private static List<String> below(String path) {
        List<String> all = new ArrayList<>();
        for (String name : subcommands(path)) {
            String child = path.isEmpty() ? name : path + " " + name;
            all.add(child);
            all.addAll(below(child));
        }
        return all;
    }

    /** A new instance of the command at {@code path} (not lmp itself, which needs the environment). */
    static Object create(String path) {
        return switch (path) {
            case "roster" -> new lmp.cli.roster.RosterCommand();
            case "roster import" -> new lmp.cli.roster.ImportCommand();
            case "roster validate" -> new lmp.cli.roster.ValidateCommand();
            case "roster export" -> new lmp.cli.roster.ExportCommand();
            case "roster list" -> new lmp.cli.roster.ListCommand();
            case "election" -> new lmp.cli.election.ElectionCommand();
            case "election new" -> new lmp.cli.election.NewCommand();
            case "election check" -> new lmp.cli.election.CheckCommand();
            case "election ballots" -> new lmp.cli.election.BallotsCommand();
            case "election intake" -> new lmp.cli.election.IntakeCommand();
            case "election tally" -> new lmp.cli.election.TallyCommand();
            case "election draw" -> new lmp.cli.election.DrawCommand();
            case "election certify" -> new lmp.cli.election.CertifyCommand();
            case "election verify" -> new lmp.cli.election.VerifyCommand();
            case "election reopen" -> new lmp.cli.election.ReopenCommand();
            case "terms" -> new lmp.cli.terms.TermsCommand();
            case "terms policy" -> new lmp.cli.terms.PolicyCommand();
            case "terms check" -> new lmp.cli.terms.CheckCommand();
            case "terms expiring" -> new lmp.cli.terms.ExpiringCommand();
            case "terms release-time" -> new lmp.cli.terms.ReleaseTimeCommand();
            case "bargaining" -> new lmp.cli.bargaining.BargainingCommand();
            case "bargaining timeline" -> new lmp.cli.bargaining.TimelineCommand();
            case "bargaining deadlines" -> new lmp.cli.bargaining.DeadlinesCommand();
            case "bargaining validate" -> new lmp.cli.bargaining.ValidateCommand();
            case "completion" -> new lmp.cli.completion.CompletionCommand();
            case "config" -> new lmp.cli.config.ConfigCommand();
            case "config path" -> new lmp.cli.config.PathCommand();
            case "config list" -> new lmp.cli.config.ListCommand();
            case "help" -> new HelpCommand();
            default -> throw new IllegalArgumentException("no lmp command '" + path + "'");
        };
    }

    /**
     * Adds to {@code cl} (the command at {@code path}) its subcommands: only the one named by the
     * first word of {@code branch} while the branch goes on, all of them (and theirs) below its end.
     */
    static void build(CommandLine cl, String path, List<String> branch) {
        for (String name : subcommands(path)) {
            if (!branch.isEmpty() && !branch.get(0).equals(name)) {
                continue;
            }
            String childPath = path.isEmpty() ? name : path + " " + name;
            CommandLine child = new CommandLine(create(childPath));
            cl.addSubcommand(name, child);
            build(child, childPath, branch.isEmpty() ? branch : branch.subList(1, branch.size()));
        }
    }

    /**
     * The command names at the start of {@code args}: {@code [election, tally]} for
     * {@code lmp -v election tally --format json x.yaml}. The walk skips lmp's own options and
     * stops at anything else it cannot be sure of (another option, {@code --}, an {@code @file}
     * argument, a word that names no command), so that picocli then sees the whole of every group
     * on the way and answers exactly as with the whole tree (did-you-mean, usage of the group).
     * The commands that read the whole tree ({@code help}, {@code completion}, {@code config})
     * stop it at the root, so they get it.
     */
    static List<String> branchNamedBy(String[] args) {
        List<String> branch = new ArrayList<>();
        String path = "";
        for (String arg : args) {
            if (path.isEmpty() && isRootOption(arg)) {
                continue;
            }
            if (!subcommands(path).contains(arg)) {
                break;
            }
            if (path.isEmpty() && (arg.equals("help") || arg.equals("completion") || arg.equals("config"))) {
                return List.of();
            }
            branch.add(arg);
            path = path.isEmpty() ? arg : path + " " + arg;
        }
        return branch;
    }

    /** lmp's own options that take no value, as they may stand before a command. */
    private static boolean isRootOption(String arg) {
        return switch (arg) {
            case "-v", "-vv", "-vvv", "--verbose", "-q", "--quiet", "--stacktrace" -> true;
            default -> false;
        };
    }
}
