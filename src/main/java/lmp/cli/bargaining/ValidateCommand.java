package lmp.cli.bargaining;

import java.time.LocalDate;
import lmp.bargaining.Plan;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lmp bargaining validate PLAN}: reads a plan and checks it against the plan rules. */
@Command(name = "validate",
        description = {"Check a bargaining plan: its shape, session dates and overlaps, subcommittee co-leads, "
                + "references, and statutory notice deadlines already passed as of --as-of.",
                "Errors exit 65 with file:line: messages; warnings (a session after expiry, a missed deadline) are "
                        + "printed and exit 0."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp bargaining validate examples/bargaining-2021/plan.yaml --as-of 2021-04-19",
            "  lmp bargaining validate - < plan.yaml"})
public final class ValidateCommand extends PlanCommand {
    @Parameters(index = "0", paramLabel = "PLAN", description = "Bargaining plan YAML file ('-' for standard input).")
    String planFile;

    @Mixin
    AsOfOption asOfOption;

    @Override
    public Integer call() {
        LocalDate asOf = asOf(asOfOption.value());
        PlanCheck check = checkAndReport(planFile, asOf);
        if (check.plan().isEmpty()) {
            err().println(planFile + ": " + check.errors() + (check.errors() == 1 ? " error" : " errors")
                    + "; nothing was checked further until they are fixed");
            err().flush();
            return ExitCode.DATA_ERROR;
        }
        Plan plan = check.plan().get();
        out().println(planFile + ": plan '" + plan.id() + "' is valid: " + plan.sessions().size() + " sessions, "
                + plan.subcommittees().size() + " subcommittees, expires " + plan.agreement().expires() + ", "
                + check.warnings() + (check.warnings() == 1 ? " warning" : " warnings") + " as of " + asOf);
        out().flush();
        return ExitCode.OK;
    }
}
