package lmp.cli.roster;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/** The {@code lmp roster} command group. */
@Command(name = "roster",
        description = "Import, validate, export and list rosters of members, UBTs, stewards and role holders.",
        subcommands = {},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp roster --help"})
public final class RosterCommand extends CommandGroup {
}
