package lmp.cli.bargaining;

import java.time.LocalDate;
import lmp.bargaining.Plan;
import lmp.cli.AsOfOption;
import java.util.LinkedHashMap;
import java.util.Map;
import lmp.cli.ExitCode;
import lmp.cli.JsonOutput;
import picocli.CommandLine.Option;
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
            "  lmp bargaining validate examples/bargaining-2021/plan.yaml --as-of 2021-04-19 --format json",
            "  lmp bargaining validate - < examples/bargaining-2021/plan.yaml"})
public final class ValidateCommand extends PlanCommand {
    @Parameters(index = "0", paramLabel = "PLAN", description = "Bargaining plan YAML file ('-' for standard input).")
    String planFile;

    @Mixin
    AsOfOption asOfOption;

    /** Output formats of this command. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", preprocessor = lmp.cli.FormatAliases.class,
            description = "text (default) | json. json: one report on stdout with every problem and missed deadline.")
    Format format = Format.text;

    @Override
    public Integer call() {
        LocalDate asOf = asOf(asOfOption.value());
        if (format == Format.json) {
            return json(PlanCheck.of(readInput(planFile), asOf), asOf);
        }
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

    private int json(PlanCheck check, LocalDate asOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", planFile);
        m.put("as_of", asOf.toString());
        m.put("valid", check.plan().isPresent());
        check.plan().ifPresent(plan -> {
            m.put("plan", plan.id());
            m.put("sessions", plan.sessions().size());
            m.put("subcommittees", plan.subcommittees().size());
            m.put("expires", plan.agreement().expires().toString());
        });
        m.put("errors", check.errors());
        m.put("warnings", check.warnings());
        m.put("problems", check.problems().stream().map(JsonOutput::problem).toList());
        m.put("missed_deadlines", check.missed().stream().map(d -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", d.id());
            x.put("title", d.title());
            x.put("date", d.date().toString());
            x.put("statute", d.statute());
            return x;
        }).toList());
        out().print(JsonOutput.of(m));
        out().flush();
        return check.plan().isPresent() ? ExitCode.OK : ExitCode.DATA_ERROR;
    }
}
