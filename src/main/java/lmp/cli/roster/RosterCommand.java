package lmp.cli.roster;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * The {@code lmp roster} command group.
 * Its commands are listed in {@code lmp.cli.Commands}.
 */
@Command(name = "roster",
        description = "Import, validate, export and list rosters of members, UBTs, stewards and role holders.",
        footerHeading = "%nExamples:%n",
        footer = {"  lmp roster validate examples/roster.yaml",
            "  lmp roster import examples/roster.csv --into roster.yaml --dry-run",
            "  lmp roster list examples/roster.yaml --stewards"})
public final class RosterCommand extends CommandGroup {
}
