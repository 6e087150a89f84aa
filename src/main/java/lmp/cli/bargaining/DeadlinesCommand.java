package lmp.cli.bargaining;

import java.time.LocalDate;
import java.util.Optional;
import lmp.bargaining.Agreement;
import lmp.bargaining.Plan;
import lmp.bargaining.StatutoryDeadlines;
import lmp.bargaining.formats.DeadlinesReport;
import lmp.bargaining.formats.PlanCalendar;
import lmp.bargaining.formats.PlanYaml;
import lmp.cli.AsOfOption;
import lmp.cli.BaseCommand;
import lmp.cli.DateConverter;
import lmp.cli.ExitCode;
import lmp.cli.OutputFileOptions;
import lmp.io.AtomicFiles;
import lmp.io.Parsed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lmp bargaining deadlines --expires DATE}: the statutory deadlines alone. */
@Command(name = "deadlines",
        description = {"Print the statutory dates for an agreement expiring on DATE: notice to the other party "
                + "(NLRA 8(d)(1)), notice to FMCS and the state agency (8(d)(3)), the decertification/rival-union "
                + "petition window (NLRB contract-bar rules) and, for a health-care institution, the 8(g) strike notice "
                + "for a strike the day after expiry.",
                "The employer is a health-care institution unless --not-health-care is given (every LMP employer is one). "
                + "With --starts (or a plan's agreement.start), an agreement longer than 3 years bars petitions only for "
                + "its first 3 years (General Cable Corp., 139 NLRB 1123 (1962)): the window is counted back from the end "
                + "of the third year and petitions are open after it.",
                "--plan PLAN takes the start, expiry and health-care status from a bargaining plan; options given on the "
                + "command line win. With --as-of, each date also shows whether it has passed."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp bargaining deadlines --expires 2021-09-30",
            "  lmp bargaining deadlines --starts 2021-10-01 --expires 2025-09-30 --as-of 2024-07-01",
            "  lmp bargaining deadlines --plan examples/bargaining-2021/plan.yaml --format json",
            "  lmp bargaining deadlines --expires 2025-09-30 --not-health-care",
            "  lmp bargaining deadlines --expires 2025-09-30 --format ics -o deadlines.ics"})
public final class DeadlinesCommand extends BaseCommand {
    /** Output formats of this command. */
    public enum Format { text, json, ics }

    @Option(names = "--expires", paramLabel = "DATE", converter = DateConverter.class,
            description = "The agreement's expiry date (its last day), YYYY-MM-DD. Required unless --plan gives it.")
    LocalDate expires;

    @Option(names = "--starts", paramLabel = "DATE", converter = DateConverter.class,
            description = "The agreement's first day: an agreement longer than 3 years gets the General Cable petition periods.")
    LocalDate starts;

    @Option(names = "--plan", paramLabel = "PLAN", description = "A bargaining plan: its agreement.start, expires and "
            + "health_care_institution are used unless given on the command line.")
    String planFile;

    @Option(names = "--health-care", description = "The employer is a health-care institution (NLRA 2(14)): "
            + "90/60-day notices, 120-90 day petition window, 8(g) strike notice. The default.")
    boolean healthCare;

    @Option(names = "--not-health-care", description = "The employer is not a health-care institution: the general "
            + "60/30-day notices and 90-60 day petition window.")
    boolean notHealthCare;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Mixin
    AsOfOption asOfOption;

    @Mixin
    OutputFileOptions output;

    /** The agreement of --plan, when given (a bad plan exits 65 with its located problems). */
    private Optional<Agreement> plan() {
        if (planFile == null) return Optional.empty();
        Parsed<Plan> parsed = PlanYaml.read(readInput(planFile));
        Agreement a = parsed.orThrow().agreement();
        parsed.problems().forEach(p -> note(p.render()));
        return Optional.of(a);
    }

    @Override
    public Integer call() {
        if (healthCare && notHealthCare) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--health-care and --not-health-care contradict each other; give one");
        }
        Optional<Agreement> fromPlan = plan();
        LocalDate expiry = Optional.ofNullable(expires).or(() -> fromPlan.map(Agreement::expires))
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give --expires DATE (the agreement's last day) or --plan PLAN"));
        Optional<LocalDate> start = Optional.ofNullable(starts).or(() -> fromPlan.flatMap(Agreement::start));
        if (start.isPresent() && !start.get().isBefore(expiry)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--starts " + start.get() + " is not before the expiry " + expiry + "; check the two dates");
        }
        boolean hc = notHealthCare ? false : healthCare || fromPlan.map(Agreement::healthCareInstitution).orElse(true);
        StatutoryDeadlines deadlines = StatutoryDeadlines.of(start, expiry, hc);
        switch (format) {
            case text -> writeText(output.target(), output.force(), AtomicFiles.Privacy.PUBLIC,
                    DeadlinesReport.text(deadlines, asOfOption.value()));
            case json -> writeText(output.target(), output.force(), AtomicFiles.Privacy.PUBLIC,
                    DeadlinesReport.json(deadlines, asOfOption.value()));
            case ics -> writeOutput(output.target(), output.force(), AtomicFiles.Privacy.PUBLIC,
                    o -> PlanCalendar.writeDeadlines(deadlines, o));
        }
        return ExitCode.OK;
    }
}
