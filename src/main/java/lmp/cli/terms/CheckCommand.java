package lmp.cli.terms;

import java.time.LocalDate;
import java.util.List;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.cli.OutputFileOptions;
import lmp.io.AtomicFiles;
import lmp.roster.Roster;
import lmp.terms.Finding;
import lmp.terms.TermRules;
import lmp.terms.TermsPolicy;
import lmp.terms.formats.FindingsFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp terms check}: every rule the roster's role holders break as of a day. */
@Command(name = "check",
        description = {"Check role holders against the role policy as of a day: terms longer than the policy or the "
                + "3-year limit between elections (a legal requirement for LMRDA officers, best practice for partnership "
                + "roles), terms held past their end, vacant seats, two holders of a one-holder role, missing steward "
                + "credentials (after the co-lead grace period), holders inactive or not in good standing (dated by dues).",
                "Each finding names the member, role, scope, dates and the rule with its source (docs/terms.md)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp terms check examples/roster.yaml --as-of 2026-06-15",
            "  lmp terms check roster.yaml --policy policy.yaml --fail-on error",
            "  lmp terms check examples/terms/roster-with-problems.yaml --as-of 2026-06-15 --format csv -o findings.csv"})
public final class CheckCommand extends TermsInputCommand {
    enum Format { text, json, csv }

    enum FailOn { warning, error }

    @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster YAML file ('-' for standard input).")
    String rosterFile;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when findings at this level exist: warning (any finding) or error. Without it, exit 0 after reporting.")
    FailOn failOn;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or csv. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        TermsPolicy policy = policy();
        Roster roster = roster(rosterFile);
        LocalDate day = asOf(asOf.value());
        List<Finding> findings = TermRules.check(roster, policy, day);
        String body = switch (format) {
            case text -> FindingsFormat.text(findings, day, policy.name());
            case json -> FindingsFormat.json(findings, day, policy.name());
            case csv -> FindingsFormat.csv(findings);
        };
        writeText(output.target(), output.force(), AtomicFiles.Privacy.PERSONAL, body);
        if (format != Format.text || output.target().isPresent()) {
            note(FindingsFormat.summary(findings, day, policy.name()));
        }
        boolean fail = failOn != null && findings.stream().anyMatch(f -> failOn == FailOn.warning || f.isError());
        return fail ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
