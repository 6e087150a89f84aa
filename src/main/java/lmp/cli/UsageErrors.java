package lmp.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import lmp.io.Fields;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's own usage messages ("Unmatched arguments from index 0", "'two' is not an int",
 * "expected one of [TEXT, CSV] (case-insensitive)") rewritten as lmp says things: what was given,
 * what is accepted, and a did-you-mean. Messages that lmp's commands and converters wrote
 * themselves pass through unchanged.
 */
public final class UsageErrors {
    private UsageErrors() {
    }

    /** The one-line message for a usage error, without the "lmp: " prefix. */
    public static String message(CommandLine.ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(cl, u.getUnmatched());
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<String> missing = new ArrayList<>();
            for (ArgSpec a : m.getMissing()) {
                missing.add(describe(a));
            }
            String what = String.join(" and ", missing);
            if (m.getMessage() != null && m.getMessage().startsWith("Missing required parameter for option")) {
                return what + " needs a value";
            }
            return "missing " + what + "; see '" + cl.getCommandSpec().qualifiedName() + " --help'";
        }
        String text = ex.getMessage() == null ? "" : ex.getMessage();
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && text.startsWith("Invalid value for ")) {
            return badValue(arg, ex.getValue(), text);
        }
        if (text.startsWith("Expected parameter for option '")) {
            return text.replaceFirst("^Expected parameter for option '([^']*)' but found '([^']*)'",
                    "$1 needs a value, but '$2' follows it");
        }
        if (text.startsWith("option '") && text.contains("should be specified only once")) {
            return text.replaceFirst("^option '([^']*)' \\([^)]*\\) should be specified only once", "$1 is given twice; give it once");
        }
        return text;
    }

    private static String unmatched(CommandLine cl, List<String> unmatched) {
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        if (first.startsWith("-") && first.length() > 1) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            TreeSet<String> known = new TreeSet<>();
            for (OptionSpec o : cl.getCommandSpec().options()) {
                if (!o.hidden()) known.addAll(List.of(o.names()));
            }
            return "unknown option '" + name + "'" + Fields.suggestion(name, known) + "; see '"
                    + cl.getCommandSpec().qualifiedName() + " --help'";
        }
        if (!visibleSubcommands(cl).isEmpty()) {
            return unknownCommand(cl, first);
        }
        return "unexpected argument '" + first + "'" + (unmatched.size() > 1 ? " (and " + (unmatched.size() - 1) + " more)" : "")
                + "; " + cl.getCommandSpec().qualifiedName() + " takes " + positionals(cl) + "; quote a value that holds spaces";
    }

    /** "unknown command 'nosuch' for 'lmp election' (did you mean 'new'?); choose one of: ...". */
    static String unknownCommand(CommandLine group, String word) {
        List<String> names = new ArrayList<>(visibleSubcommands(group));
        return "unknown command '" + word + "' for '" + group.getCommandSpec().qualifiedName() + "'"
                + Fields.suggestion(word, names) + "; choose one of: " + String.join(", ", names);
    }

    private static List<String> visibleSubcommands(CommandLine cl) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (!e.getValue().getCommandSpec().usageMessage().hidden() && e.getKey().equals(e.getValue().getCommandName())) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    private static String positionals(CommandLine cl) {
        List<PositionalParamSpec> ps = cl.getCommandSpec().positionalParameters();
        if (ps.isEmpty()) {
            return "no arguments besides its options";
        }
        List<String> labels = new ArrayList<>();
        for (PositionalParamSpec p : ps) {
            labels.add(p.paramLabel() + (p.arity().max() > 1 ? "..." : ""));
        }
        return String.join(" ", labels);
    }

    private static String describe(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName() + (o.arity().max() > 0 ? " " + o.paramLabel() : "");
        }
        return a.paramLabel();
    }

    private static String badValue(ArgSpec arg, String value, String text) {
        String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
        String given = value == null ? "" : value;
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (text.contains("expected one of [")) { // picocli's own words for an enum value it does not know
            List<String> accepted = new ArrayList<>();
            if (arg.completionCandidates() != null) {
                arg.completionCandidates().forEach(accepted::add);
            }
            // For a comma-separated list, name the piece that is wrong rather than the whole value.
            String piece = given;
            if (arg.splitRegex() != null && !arg.splitRegex().isEmpty()) {
                for (String part : given.split(arg.splitRegex())) {
                    if (!accepted.contains(part.strip().toLowerCase(Locale.ROOT))) {
                        piece = part;
                        break;
                    }
                }
            }
            return name + ": '" + piece + "' is not one of " + String.join(", ", accepted) + Fields.suggestion(piece, accepted);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return name + ": '" + given + "' is not a whole number; write digits, e.g. " + name + " 3";
        }
        if (type == double.class || type == Double.class) {
            return name + ": '" + given + "' is not a number";
        }
        // A converter of lmp's own said what is wrong: keep its words, after the option's name.
        String reason = text.replaceFirst("^Invalid value for (option|positional parameter) '[^']*'( \\([^)]*\\))?: ", "");
        return name + ": " + reason;
    }
}
