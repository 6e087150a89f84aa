package lmp.cli.bargaining;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * The {@code lmp bargaining} command group.
 * Its commands are listed in {@code lmp.cli.Commands}.
 */
@Command(name = "bargaining",
        description = "National bargaining timelines and statutory (NLRA 8(d)/8(g)) deadlines.",
        footerHeading = "%nExamples:%n",
        footer = {"  lmp bargaining validate examples/bargaining-2021/plan.yaml --as-of 2021-04-19",
            "  lmp bargaining deadlines --expires 2021-09-30 --health-care"})
public final class BargainingCommand extends CommandGroup {
}
