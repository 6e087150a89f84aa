package lmp.cli.terms;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.cli.OutputFileOptions;
import lmp.io.AtomicFiles;
import lmp.roster.Roster;
import lmp.terms.ExpiryItem;
import lmp.terms.ExpiryReport;
import lmp.terms.PeriodText;
import lmp.terms.TermsPolicy;
import lmp.terms.formats.ExpiryFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp terms expiring}: what is due within a window, soonest first; silent when nothing is. */
@Command(name = "expiring",
        description = {"List terms ending within the window and terms already ended without a successor, soonest first, "
                + "with the action and its dates: for an elected role the election by the term's last day and the notice "
                + "15 days before it (LMRDA 401(e); 29 CFR 452.99); for co-leads also the steward deadline.",
                "With nothing due, text and csv print nothing and json prints its report with an empty list, and the exit is "
                        + "0, so cron mails only when there is news; --fail-on due makes anything due exit 1, for monitoring."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp terms expiring examples/roster.yaml --within 90d --as-of 2026-06-15",
            "  lmp terms expiring examples/roster.yaml --within 12w --as-of 2026-09-01 --format csv -o due.csv",
            "  lmp -q terms expiring examples/roster.yaml --within 90d      # from cron: silent when nothing is due",
            "  lmp terms expiring examples/roster.yaml --within 90d --as-of 2026-09-01 --format json --fail-on due   # exit 1: something is due"})
public final class ExpiringCommand extends TermsInputCommand {
    enum Format { text, csv, json }

    @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster YAML file ('-' for standard input).")
    String rosterFile;

    @Option(names = "--within", paramLabel = "WINDOW", converter = WindowConverter.class,
            description = "How far ahead to look: days, weeks or months, e.g. 90d, 12w, 3m. Default: 90d.")
    Period within = Period.ofDays(90);

    @Mixin
    AsOfOption asOf;

    @Option(names = "--format", paramLabel = "FORMAT", preprocessor = lmp.cli.FormatAliases.class, description = "text (default) | csv | json.")
    Format format = Format.text;

    /** What --fail-on accepts. */
    enum FailOn { due }

    @Option(names = "--fail-on", paramLabel = "WHEN",
            description = "due: exit 1 when anything is due in the window (for monitoring). Without it, exit 0 after reporting.")
    FailOn failOn;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        TermsPolicy policy = policy();
        Roster roster = roster(rosterFile);
        LocalDate day = asOf(asOf.value());
        List<ExpiryItem> items = ExpiryReport.of(roster, policy, day, within);
        int exit = failOn == FailOn.due && !items.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
        if (items.isEmpty() && format != Format.json) {
            decided("nothing due within " + PeriodText.format(within) + " of " + day + "; nothing printed");
            return exit;
        }
        String body = switch (format) {
            case text -> ExpiryFormat.text(items);
            case csv -> ExpiryFormat.csv(items);
            case json -> ExpiryFormat.json(items, day, PeriodText.format(within), policy.name());
        };
        writeText(output.target(), output.force(), AtomicFiles.Privacy.PERSONAL, body);
        return exit;
    }
}
