package lmp.cli.election;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * The {@code lmp election} command group.
 * Its commands are listed in {@code lmp.cli.Commands}.
 */
@Command(name = "election",
        description = "Create, check, ballot, tally, certify and verify union elections.",
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election --help", "  lmp election tally examples/elections/icu-co-lead/election.yaml"})
public final class ElectionCommand extends CommandGroup {
}
