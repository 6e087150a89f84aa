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
                "Prints nothing and exits 0 when nothing is due, in every format, so cron mails only when there is news."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp terms expiring examples/roster.yaml --within 90d --as-of 2026-06-15",
            "  lmp terms expiring roster.yaml --within 12w --format csv -o due.csv",
            "  lmp -q terms expiring roster.yaml --within 90d      # from cron: silent when nothing is due",
            "  (crontab line: see docs/terms.md)"})
public final class ExpiringCommand extends TermsInputCommand {
    enum Format { text, csv, json }

    @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster YAML file ('-' for standard input).")
    String rosterFile;

    @Option(names = "--within", paramLabel = "WINDOW", converter = WindowConverter.class,
            description = "How far ahead to look: days, weeks or months, e.g. 90d, 12w, 3m. Default: 90d.")
    Period within = Period.ofDays(90);

    @Mixin
    AsOfOption asOf;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, csv or json. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        TermsPolicy policy = policy();
        Roster roster = roster(rosterFile);
        LocalDate day = asOf(asOf.value());
        List<ExpiryItem> items = ExpiryReport.of(roster, policy, day, within);
        if (items.isEmpty()) {
            return ExitCode.OK;
        }
        String body = switch (format) {
            case text -> ExpiryFormat.text(items);
            case csv -> ExpiryFormat.csv(items);
            case json -> ExpiryFormat.json(items, day, PeriodText.format(within), policy.name());
        };
        writeText(output.target(), output.force(), AtomicFiles.Privacy.PERSONAL, body);
        return ExitCode.OK;
    }
}
