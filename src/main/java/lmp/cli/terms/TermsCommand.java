package lmp.cli.terms;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * The {@code lmp terms} command group.
 * Its commands are listed in {@code lmp.cli.Commands}.
 */
@Command(name = "terms",
        description = "Role policy, term-limit checks, term-expiry reports and release time.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp terms policy",
            "  lmp terms check examples/roster.yaml --as-of 2026-06-15",
            "  lmp terms expiring examples/roster.yaml --within 90d"})
public final class TermsCommand extends CommandGroup {
}
