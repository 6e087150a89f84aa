package lmp.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The old names of {@code --format} values, accepted for one release with a note on stderr:
 * {@code table} is now {@code text} and {@code md} is now {@code markdown} (README, "Conventions").
 * They are not shown in help or offered by completion. Used as the option's preprocessor, and by
 * the config file for values it sets.
 */
public final class FormatAliases implements CommandLine.IParameterPreprocessor {
    /** Old name to current name. */
    public static final Map<String, String> OLD_NAMES = Map.of("table", "text", "md", "markdown");

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
        if (args.isEmpty()) {
            return false;
        }
        String value = args.peek();
        String current = current(value);
        if (!current.equals(value)) {
            args.pop();
            args.push(current);
            CommandLine cl = commandSpec.commandLine();
            if (cl != null) {
                cl.getErr().println("lmp: note: --format " + value + " is now --format " + current
                        + "; the old name will be removed in a later release");
                cl.getErr().flush();
            }
        }
        return false;
    }

    /** The value with every old name (in a comma-separated list too) replaced by its current name. */
    public static String current(String value) {
        String[] parts = value.split(",", -1);
        boolean changed = false;
        for (int i = 0; i < parts.length; i++) {
            String now = OLD_NAMES.get(parts[i].strip().toLowerCase(Locale.ROOT));
            if (now != null) {
                parts[i] = now;
                changed = true;
            }
        }
        return changed ? String.join(",", parts) : value;
    }
}
