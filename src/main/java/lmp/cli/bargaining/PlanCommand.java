package lmp.cli.bargaining;

import java.time.LocalDate;
import lmp.cli.BaseCommand;

/** What the commands that read a bargaining plan share: read it, check it, and report what was found. */
abstract class PlanCommand extends BaseCommand {

    /** Reads and checks the plan, printing every problem and, prominently, any missed deadline. */
    protected PlanCheck checkAndReport(String planFile, LocalDate asOf) {
        PlanCheck check = PlanCheck.of(readInput(planFile), asOf);
        report(check.problems());
        if (!check.missed().isEmpty()) {
            err().println(check.missedBanner(asOf));
            err().flush();
        }
        return check;
    }
}
