package lmp.cli.bargaining;

import java.time.LocalDate;
import lmp.bargaining.StatutoryDeadlines;
import lmp.bargaining.formats.DeadlinesReport;
import lmp.bargaining.formats.PlanCalendar;
import lmp.cli.AsOfOption;
import lmp.cli.BaseCommand;
import lmp.cli.DateConverter;
import lmp.cli.ExitCode;
import lmp.cli.OutputFileOptions;
import lmp.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lmp bargaining deadlines --expires DATE}: the statutory deadlines alone. */
@Command(name = "deadlines",
        description = {"Print the statutory dates for an agreement expiring on DATE: notice to the other party "
                + "(NLRA 8(d)(1)), notice to FMCS and the state agency (8(d)(3)), the decertification/rival-union "
                + "petition window (NLRB contract-bar rules) and, for a health-care institution, the 8(g) strike notice "
                + "for a strike the day after expiry.",
                "With --as-of, each date also shows whether it has passed."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp bargaining deadlines --expires 2021-09-30 --health-care",
            "  lmp bargaining deadlines --expires 2025-09-30 --health-care --format json",
            "  lmp bargaining deadlines --expires 2025-09-30 --health-care --format ics -o deadlines.ics"})
public final class DeadlinesCommand extends BaseCommand {
    /** Output formats of this command. */
    public enum Format { text, json, ics }

    @Option(names = "--expires", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The agreement's expiry date (its last day), YYYY-MM-DD.")
    LocalDate expires;

    @Option(names = "--health-care", description = "The employer is a health-care institution (NLRA 2(14)): "
            + "90/60-day notices, 120-90 day petition window, 8(g) strike notice.")
    boolean healthCare;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Option(names = "--remind-days", paramLabel = "N",
            description = "In the calendar, a reminder N days before each notice deadline (0: none). Default: 7.")
    int remindDays = PlanCalendar.DEFAULT_REMINDER_DAYS;

    @Mixin
    AsOfOption asOfOption;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        StatutoryDeadlines deadlines = StatutoryDeadlines.of(expires, healthCare);
        decided(healthCare ? "health-care institution: 90/60-day notices and the 8(g) strike notice (--health-care)"
                : "not a health-care institution: 60/30-day notices (give --health-care for a hospital)");
        switch (format) {
            case text -> writeText(output.target(), output.force(), AtomicFiles.Privacy.PUBLIC,
                    DeadlinesReport.text(deadlines, asOfOption.value()));
            case json -> writeText(output.target(), output.force(), AtomicFiles.Privacy.PUBLIC,
                    DeadlinesReport.json(deadlines, asOfOption.value()));
            case ics -> writeOutput(output.target(), output.force(), AtomicFiles.Privacy.PUBLIC,
                    o -> PlanCalendar.writeDeadlines(deadlines, Math.max(0, remindDays), o));
        }
        return ExitCode.OK;
    }
}
