package lmp.cli.bargaining;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/** The {@code lmp bargaining} command group. */
@Command(name = "bargaining",
        description = "National bargaining timelines and statutory (NLRA 8(d)/8(g)) deadlines.",
        subcommands = {},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp bargaining --help"})
public final class BargainingCommand extends CommandGroup {
}
