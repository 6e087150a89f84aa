package lmp.cli.election;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/** The {@code lmp election} command group. */
@Command(name = "election",
        description = "Create, check, ballot, tally, certify and verify union elections.",
        subcommands = {NewCommand.class, CheckCommand.class, BallotsCommand.class, IntakeCommand.class, TallyCommand.class,
            DrawCommand.class, CertifyCommand.class, VerifyCommand.class, ReopenCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election --help", "  lmp election tally examples/elections/icu-co-lead/election.yaml"})
public final class ElectionCommand extends CommandGroup {
}
