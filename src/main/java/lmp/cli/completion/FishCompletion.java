package lmp.cli.completion;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script generated from the command model: subcommands with their descriptions,
 * options, enum values (an option's completion candidates) and files by extension
 * ({@link FileKinds}). picocli's AutoComplete covers bash and zsh only.
 */
public final class FishCompletion {
    private FishCompletion() {
    }

    public static String script(CommandLine root) {
        String name = root.getCommandName();
        List<CommandTree> commands = CommandTree.walk(root);
        StringBuilder s = new StringBuilder();
        s.append("# fish completion for ").append(name).append(". Generated from the command model by `")
                .append(name).append(" completion fish`;\n")
                .append("# do not edit. Install: ").append(name).append(" completion fish > ~/.config/fish/completions/")
                .append(name).append(".fish\n\n");
        String fn = "__" + name + "_command_path";
        s.append("# Prints the (sub)command being completed, e.g. '").append(name).append(" election tally'.\n")
                .append("function ").append(fn).append('\n')
                .append("    set -l path ").append(name).append('\n')
                .append("    for word in (commandline -opc)[2..-1]\n")
                .append("        switch \"$path $word\"\n");
        String groups = commands.stream().filter(c -> c.path().size() > 1)
                .map(c -> quote(c.name())).collect(Collectors.joining(" "));
        if (!groups.isEmpty()) {
            s.append("            case ").append(groups).append('\n')
                    .append("                set path \"$path $word\"\n");
        }
        s.append("        end\n")
                .append("    end\n")
                .append("    echo $path\n")
                .append("end\n\n")
                .append("# Prints directories and the files with one of the given extensions that start with the current word.\n")
                .append("function __").append(name).append("_complete_files\n")
                .append("    set -l token (commandline -ct)\n")
                .append("    for path in $token*\n")
                .append("        if test -d $path\n")
                .append("            echo $path/\n")
                .append("        else\n")
                .append("            for extension in $argv\n")
                .append("                string match -q -- \"*.$extension\" $path; and echo $path\n")
                .append("            end\n")
                .append("        end\n")
                .append("    end\n")
                .append("end\n\n")
                .append("complete -c ").append(name).append(" -f\n");
        for (CommandTree command : commands) {
            String when = " -n " + quote(fn + " | string match -q -- " + fishQuoteInner(command.name()));
            s.append('\n').append("# ").append(command.name()).append('\n');
            command.subcommands().forEach((sub, cl) -> s.append("complete -c ").append(name).append(when)
                    .append(" -a ").append(quote(sub)).append(" -d ")
                    .append(quote(CommandTree.summary(cl.getCommandSpec()))).append('\n'));
            for (OptionSpec option : command.options()) {
                s.append("complete -c ").append(name).append(when);
                for (String optionName : option.names()) {
                    if (optionName.startsWith("--")) {
                        s.append(" -l ").append(optionName.substring(2));
                    } else if (optionName.startsWith("-") && optionName.length() == 2) {
                        s.append(" -s ").append(optionName.substring(1));
                    } else {
                        s.append(" -o ").append(optionName.replaceFirst("^-", ""));
                    }
                }
                s.append(argument(name, option)).append(" -d ").append(quote(CommandTree.summary(option))).append('\n');
            }
            for (PositionalParamSpec positional : command.positionals()) {
                String arg = argument(name, positional);
                if (!arg.isEmpty()) {
                    s.append("complete -c ").append(name).append(when).append(arg).append('\n');
                }
            }
        }
        return s.toString();
    }

    /** The fish flags for what an argument takes: candidates, files by extension, any file, or nothing. */
    private static String argument(String name, ArgSpec arg) {
        if (arg.arity().max() == 0) {
            return "";
        }
        List<String> candidates = CommandTree.candidates(arg);
        if (!candidates.isEmpty()) {
            return " -x -a " + quote(String.join(" ", candidates));
        }
        FileKinds.Kind kind = FileKinds.of(arg);
        if (kind instanceof FileKinds.Extensions e) {
            return (arg.isOption() ? " -x" : "") + " -k -a " + quote("(__" + name + "_complete_files " + String.join(" ", e.extensions()) + ")");
        }
        if (kind instanceof FileKinds.AnyFile) {
            return (arg.isOption() ? " -r" : "") + " -F";
        }
        if (kind instanceof FileKinds.Directory) {
            return (arg.isOption() ? " -x" : "") + " -a " + quote("(__fish_complete_directories)");
        }
        return arg.isOption() ? " -x" : "";
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A word inside an already single-quoted condition: double quotes, escaped for fish. */
    private static String fishQuoteInner(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }
}
