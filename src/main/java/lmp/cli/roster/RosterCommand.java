package lmp.cli.roster;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/** The {@code lmp roster} command group. */
@Command(name = "roster",
        description = "Import, validate, export and list rosters of members, UBTs, stewards and role holders.",
        subcommands = {ImportCommand.class, ValidateCommand.class, ExportCommand.class, ListCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp roster validate examples/roster.yaml",
            "  lmp roster import examples/roster.csv --into roster.yaml --dry-run",
            "  lmp roster list examples/roster.yaml --stewards"})
public final class RosterCommand extends CommandGroup {
}
