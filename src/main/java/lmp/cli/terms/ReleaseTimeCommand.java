package lmp.cli.terms;

import java.time.YearMonth;
import java.util.List;
import lmp.cli.ExitCode;
import lmp.cli.OutputFileOptions;
import lmp.io.AtomicFiles;
import lmp.roster.Roster;
import lmp.terms.ReleaseTimeReport;
import lmp.terms.TermsPolicy;
import lmp.terms.formats.ReleaseTimeFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp terms release-time}: each role holder's release-time entitlement for a month. */
@Command(name = "release-time",
        description = {"List every holder of a role on any day of the month with the days held and the release time the "
                + "policy entitles the role to (co-lead: at least one shift a month plus the UBT meeting; council chair: "
                + "4 hours a month besides the meetings), for payroll coordination."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp terms release-time examples/roster.yaml --month 2026-07",
            "  lmp terms release-time examples/roster.yaml --month 2026-07 --policy examples/terms/policy.yaml --format csv -o release-2026-07.csv"})
public final class ReleaseTimeCommand extends TermsInputCommand {
    enum Format { text, csv, json }

    @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster YAML file ('-' for standard input).")
    String rosterFile;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month, e.g. 2026-07.")
    YearMonth month;

    @Option(names = "--format", paramLabel = "FORMAT", preprocessor = lmp.cli.FormatAliases.class, description = "text (default) | csv | json.")
    Format format = Format.text;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        TermsPolicy policy = policy();
        Roster roster = roster(rosterFile);
        List<ReleaseTimeReport.Entry> entries = ReleaseTimeReport.of(roster, policy, month);
        String body = switch (format) {
            case text -> ReleaseTimeFormat.table(entries, month, policy.name());
            case csv -> ReleaseTimeFormat.csv(entries);
            case json -> ReleaseTimeFormat.json(entries, month, policy.name());
        };
        writeText(output.target(), output.force(), AtomicFiles.Privacy.PERSONAL, body);
        return ExitCode.OK;
    }
}
