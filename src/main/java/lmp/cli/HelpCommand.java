package lmp.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code lmp help [COMMAND...]}: the help of the command at the full path ({@code lmp help election
 * tally} is the help of {@code lmp election tally}, exactly as {@code lmp election tally --help}).
 * An unknown name is a usage error with a did-you-mean, so a typo in a script's help call fails.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the help of a command, given by its full path, e.g. lmp help election tally.",
        footerHeading = "%nExamples:%n",
        footer = {"  lmp help", "  lmp help roster", "  lmp help election tally"})
public final class HelpCommand extends BaseCommand {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, as you would type it after lmp.")
    List<String> path = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine target = resolve(spec.root().commandLine(), path, spec.commandLine());
        target.usage(out(), target.getColorScheme());
        out().flush();
        return ExitCode.OK;
    }

    /** The command at {@code path} below {@code root}; a usage error on {@code reportOn} naming the first unknown word. */
    static CommandLine resolve(CommandLine root, List<String> path, CommandLine reportOn) {
        CommandLine at = root;
        List<String> walked = new ArrayList<>();
        for (String word : path) {
            CommandLine next = at.getSubcommands().get(word);
            if (next == null || next.getCommandSpec().userObject() instanceof HelpCommand) {
                throw new CommandLine.ParameterException(reportOn,
                        UsageErrors.unknownCommand(at, word));
            }
            walked.add(word);
            at = next;
        }
        return at;
    }
}
