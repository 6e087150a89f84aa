package lmp.cli.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A bash completion script generated from the command model. picocli's AutoComplete completes files
 * only for {@code File}/{@code Path} parameters and never by extension; lmp takes paths as strings
 * (so {@code -} can mean stdin) and wants {@code .yaml}/{@code .csv}/{@code .blt} offered
 * ({@link FileKinds}), so this generator walks the same model itself.
 */
final class BashCompletion {
    private BashCompletion() {
    }

    static String script(picocli.CommandLine root) {
        String name = root.getCommandName();
        String fn = "_" + name;
        List<CommandTree> commands = CommandTree.walk(root);
        StringBuilder s = new StringBuilder();
        s.append("# bash completion for ").append(name).append(". Generated from the command model by `")
                .append(name).append(" completion bash`;\n")
                .append("# do not edit. Install: ").append(name)
                .append(" completion bash > ~/.local/share/bash-completion/completions/").append(name).append('\n')
                .append("# (or source this file from ~/.bashrc).\n\n")
                .append("# Adds directories and the files with one of the given extensions to COMPREPLY.\n")
                .append(fn).append("_files() {\n")
                .append("  local IFS=$'\\n' extension\n")
                .append("  compopt -o filenames 2>/dev/null\n")
                .append("  COMPREPLY+=( $(compgen -d -- \"$cur\") )\n")
                .append("  for extension in \"$@\"; do\n")
                .append("    COMPREPLY+=( $(compgen -f -X \"!*.$extension\" -- \"$cur\") )\n")
                .append("  done\n")
                .append("}\n\n")
                .append("# Adds every file to COMPREPLY.\n")
                .append(fn).append("_any_file() {\n")
                .append("  local IFS=$'\\n'\n")
                .append("  compopt -o filenames 2>/dev/null\n")
                .append("  COMPREPLY+=( $(compgen -f -- \"$cur\") )\n")
                .append("}\n\n")
                .append(fn).append("() {\n")
                .append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n")
                .append("  local cmd=").append(name).append(" word i\n")
                .append("  COMPREPLY=()\n")
                .append("  # --option=value: bash splits it at '=' into three words; complete the value of --option.\n")
                .append("  if [[ $cur == = ]]; then cur=; elif [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi\n")

                .append("  # Find the (sub)command being completed from the words before the cursor.\n")
                .append("  for (( i = 1; i < COMP_CWORD; i++ )); do\n")
                .append("    word=${COMP_WORDS[i]}\n")
                .append("    case \"$cmd $word\" in\n");
        String paths = commands.stream().filter(c -> c.path().size() > 1)
                .map(c -> single(c.name())).collect(Collectors.joining("|"));
        if (!paths.isEmpty()) {
            s.append("      ").append(paths).append(") cmd=\"$cmd $word\" ;;\n");
        }
        s.append("    esac\n")
                .append("  done\n")
                .append("  case $cmd in\n");
        for (CommandTree command : commands) {
            s.append("    ").append(single(command.name())).append(")\n");
            List<String> valueCases = new ArrayList<>();
            List<String> optionNames = new ArrayList<>();
            for (OptionSpec option : command.options()) {
                optionNames.addAll(List.of(option.names()));
                if (option.arity().max() > 0) {
                    valueCases.add("        " + String.join("|", option.names()) + ") " + action(fn, option) + " return ;;\n");
                }
            }
            if (!valueCases.isEmpty()) {
                s.append("      case $prev in\n");
                valueCases.forEach(s::append);
                s.append("      esac\n");
            }
            s.append("      if [[ $cur == -* ]]; then\n")
                    .append("        COMPREPLY=( $(compgen -W ").append(single(String.join(" ", optionNames)))
                    .append(" -- \"$cur\") )\n")
                    .append("        return\n")
                    .append("      fi\n");
            if (!command.subcommands().isEmpty()) {
                s.append("      COMPREPLY=( $(compgen -W ").append(single(String.join(" ", command.subcommands().keySet())))
                        .append(" -- \"$cur\") )\n");
            } else {
                for (PositionalParamSpec positional : command.positionals()) {
                    String action = action(fn, positional);
                    if (!action.isEmpty()) {
                        s.append("      ").append(action).append('\n');
                    }
                }
            }
            s.append("      ;;\n");
        }
        s.append("  esac\n")
                .append("}\n\n")
                .append("complete -F ").append(fn).append(' ').append(name).append('\n');
        return s.toString();
    }

    /** Completes one argument: candidates, files by extension, any file, or nothing. */
    private static String action(String fn, ArgSpec arg) {
        List<String> candidates = CommandTree.candidates(arg);
        if (!candidates.isEmpty() && ",".equals(arg.splitRegex())) {
            // a comma-separated list: complete the word after the last comma, keep what comes before
            return "local before=; [[ $cur == *,* ]] && before=${cur%,*},; COMPREPLY=( $(compgen -P \"$before\" -W "
                    + single(String.join(" ", candidates)) + " -- \"${cur##*,}\") ); compopt -o nospace 2>/dev/null;";
        }
        if (!candidates.isEmpty()) {
            return "COMPREPLY=( $(compgen -W " + single(String.join(" ", candidates)) + " -- \"$cur\") );";
        }
        FileKinds.Kind kind = FileKinds.of(arg);
        if (kind instanceof FileKinds.Extensions e) {
            return fn + "_files " + String.join(" ", e.extensions()) + ";";
        }
        if (kind instanceof FileKinds.AnyFile) {
            return fn + "_any_file;";
        }
        if (kind instanceof FileKinds.Directory) {
            return "compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -d -- \"$cur\") );";
        }
        return arg.isOption() ? ":;" : "";
    }

    private static String single(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
