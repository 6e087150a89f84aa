package lmp.cli.election;

import lmp.cli.AsOfOption;
import lmp.election.ReopenStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp election reopen}: the one deliberate way back from a count or a certification (see {@link ReopenStep}). */
@Command(name = "reopen",
        description = {"Reopen a counted or certified election, on the record.",
                "Logs the reason, marks the certificate VOID, and lets ballots be taken in and counted again; a later "
                + "certification replaces the role assignment the voided one wrote, never adding a second holder."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election reopen examples/elections/icu-co-lead/icu-2026.yaml --reason \"late mail ballots found at the post office, postmarked in time\" --as-of 2026-11-07"})
public final class ReopenCommand extends ElectionBaseCommand {

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file.")
    String electionPath;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the election is reopened (recorded).")
    String reason;

    @Mixin
    AsOfOption asOf;

    @picocli.CommandLine.Mixin
    ElectionFormat outputFormat;

    @Override
    public Integer call() {
        json = outputFormat.json();
        return lockedStep(electionPath, asOf.value(), s -> ReopenStep.run(s, reason, auditTime(asOf.value())));
    }
}
