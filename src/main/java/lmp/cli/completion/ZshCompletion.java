package lmp.cli.completion;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A native zsh completion function ({@code _arguments}) generated from the command model: it walks
 * the words typed so far to find the (sub)command, then offers that command's subcommands with
 * descriptions, its options, enum values and files by extension ({@link FileKinds}). It works both
 * from {@code fpath} (as {@code _lmp}) and sourced after {@code compinit}.
 */
public final class ZshCompletion {
    private ZshCompletion() {
    }

    public static String script(CommandLine root) {
        String name = root.getCommandName();
        List<CommandTree> commands = CommandTree.walk(root);
        StringBuilder s = new StringBuilder();
        s.append("#compdef ").append(name).append('\n')
                .append("# zsh completion for ").append(name).append(". Generated from the command model by `")
                .append(name).append(" completion zsh`;\n")
                .append("# do not edit. Install: put this file, named _").append(name)
                .append(", in a directory on $fpath, or source it after compinit.\n\n")
                .append("_").append(name).append("() {\n")
                .append("  local cmd=").append(name).append(" word\n")
                .append("  local -i i=2\n")
                .append("  # Find the (sub)command being completed; shift the words so _arguments sees only its own.\n")
                .append("  while (( i < CURRENT )); do\n")
                .append("    word=${words[i]}\n")
                .append("    case \"$cmd $word\" in\n");
        String paths = commands.stream().filter(c -> c.path().size() > 1)
                .map(c -> single(c.name())).collect(Collectors.joining("|"));
        if (!paths.isEmpty()) {
            s.append("      (").append(paths).append(")\n")
                    .append("        cmd=\"$cmd $word\"\n")
                    .append("        words=(\"${(@)words[i,-1]}\")\n")
                    .append("        (( CURRENT -= i - 1 ))\n")
                    .append("        i=2\n")
                    .append("        ;;\n");
        }
        s.append("      (*) (( i++ )) ;;\n")
                .append("    esac\n")
                .append("  done\n")
                .append("  case $cmd in\n");
        for (CommandTree command : commands) {
            s.append("    (").append(single(command.name())).append(")\n")
                    .append("      _arguments -s -S :");
            for (OptionSpec option : command.options()) {
                for (String optionSpec : optionSpecs(option)) {
                    s.append(" \\\n        ").append(optionSpec);
                }
            }
            Map<String, CommandLine> subcommands = command.subcommands();
            if (!subcommands.isEmpty()) {
                String choices = subcommands.entrySet().stream()
                        .map(e -> escapeValue(e.getKey()) + "\\:" + doubleQuoted(CommandTree.summary(e.getValue().getCommandSpec())))
                        .collect(Collectors.joining(" "));
                s.append(" \\\n        ").append(single("1:command:((" + choices + "))"))
                        .append(" \\\n        ").append(single("*::argument: "));
            } else {
                for (PositionalParamSpec positional : command.positionals()) {
                    String position = positional.arity().max() > 1 || positional.index().max() == Integer.MAX_VALUE
                            ? "*" : String.valueOf(positional.index().min() + 1);
                    s.append(" \\\n        ").append(single(position + ":" + escapeSpec(label(positional)) + ":" + action(positional)));
                }
            }
            s.append("\n      ;;\n");
        }
        s.append("  esac\n")
                .append("}\n\n")
                .append("if [ \"${funcstack[1]}\" = \"_").append(name).append("\" ]; then\n")
                .append("  _").append(name).append(" \"$@\"\n")
                .append("else\n")
                .append("  compdef _").append(name).append(' ').append(name).append('\n')
                .append("fi\n");
        return s.toString();
    }

    private static List<String> optionSpecs(OptionSpec option) {
        boolean repeatable = option.isMultiValue();
        String exclusion = option.names().length > 1 && !repeatable
                ? "(" + String.join(" ", option.names()) + ")" : "";
        String description = "[" + escapeSpec(CommandTree.summary(option)) + "]";
        String argument = option.arity().max() == 0 ? ""
                : ":" + escapeSpec(label(option)) + ":" + action(option);
        return java.util.Arrays.stream(option.names())
                .map(n -> single((repeatable ? "*" : exclusion) + n
                        + (option.arity().max() > 0 && n.startsWith("--") ? "=" : "") + description + argument))
                .toList();
    }

    private static String label(ArgSpec arg) {
        String label = arg.paramLabel() == null ? "" : arg.paramLabel().replaceAll("[<>]", "");
        return label.isEmpty() ? "value" : label.toLowerCase(java.util.Locale.ROOT);
    }

    private static String action(ArgSpec arg) {
        List<String> candidates = CommandTree.candidates(arg);
        if (!candidates.isEmpty()) {
            return "(" + candidates.stream().map(ZshCompletion::escapeValue).collect(Collectors.joining(" ")) + ")";
        }
        FileKinds.Kind kind = FileKinds.of(arg);
        if (kind instanceof FileKinds.Extensions e) {
            List<String> ext = e.extensions();
            String pattern = ext.size() == 1 ? "*." + ext.get(0) : "*.(" + String.join("|", ext) + ")";
            return "_files -g \"" + pattern + "\"";
        }
        if (kind instanceof FileKinds.AnyFile) {
            return "_files";
        }
        if (kind instanceof FileKinds.Directory) {
            return "_files -/";
        }
        return " ";
    }

    /** A word for the shell, single-quoted. */
    private static String single(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** Text inside an _arguments spec, where ':', '[' and ']' are special. */
    private static String escapeSpec(String text) {
        return text.replace("\\", "\\\\").replace(":", "\\:").replace("[", "\\[").replace("]", "\\]");
    }

    private static String escapeValue(String text) {
        return text.replaceAll("([\\\\:() \"'$`])", "\\\\$1");
    }

    private static String doubleQuoted(String text) {
        return "\"" + text.replaceAll("([\\\\\"$`])", "\\\\$1") + "\"";
    }
}
