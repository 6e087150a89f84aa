package lmp.cli.terms;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/** The {@code lmp terms} command group. */
@Command(name = "terms",
        description = "Role policy, term-limit checks, term-expiry reports and release time.",
        subcommands = {},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp terms --help"})
public final class TermsCommand extends CommandGroup {
}
