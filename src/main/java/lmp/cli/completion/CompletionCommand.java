package lmp.cli.completion;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/** The {@code lmp completion} command group. */
@Command(name = "completion",
        description = "Shell completion scripts for bash, zsh and fish.",
        subcommands = {},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp completion --help"})
public final class CompletionCommand extends CommandGroup {
}
