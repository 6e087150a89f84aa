package lmp.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How lmp's help is laid out, on top of picocli's: the examples section is printed exactly as
 * written, one example a line, never wrapped at the terminal's width, so an example copied from
 * the help runs as shown (a long example goes on several lines joined by a trailing backslash, as
 * a shell reads it).
 */
public final class HelpLayout {
    private HelpLayout() {
    }

    /** Installs the layout on {@code cl} and every command below it. */
    public static void apply(CommandLine cl) {
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> verbatim(help.commandSpec().usageMessage().footer()));
        for (CommandLine sub : cl.getSubcommands().values()) {
            apply(sub);
        }
    }

    static String verbatim(String[] lines) {
        if (lines.length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line.replace("%n", "\n").replace("%%", "%")).append('\n');
        }
        return sb.toString();
    }

    /** The examples of a command, each a complete command line (continuation lines joined, comments cut). */
    public static List<String> examples(CommandLine cl) {
        List<String> examples = new java.util.ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : cl.getCommandSpec().usageMessage().footer()) {
            for (String line : raw.split("%n|\n")) {
                String l = line.strip();
                if (l.endsWith("\\")) {
                    pending.append(l, 0, l.length() - 1).append(' ');
                    continue;
                }
                pending.append(l);
                String joined = pending.toString().strip();
                pending.setLength(0);
                if (!joined.isEmpty()) {
                    examples.add(joined);
                }
            }
        }
        return examples;
    }
}
