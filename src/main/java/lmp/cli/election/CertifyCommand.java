package lmp.cli.election;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.election.CertifyStep;
import lmp.election.Election;
import lmp.election.ElectionState;
import lmp.io.InputFile;
import lmp.io.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp election certify}: the tallied winners become role assignments on the roster, with a certificate. */
@Command(name = "certify",
        description = {"Certify the tallied result into the roster and write a certificate.",
                "Counts the ballot files again and refuses (exit 1, nothing written) when the recount differs from the "
                + "tally, a file changed, the audit chain is broken, the election is already certified, or an item blocks "
                + "certification: a failed check rule, an ineligible winner, more ballots than voters, duplicate ballot "
                + "files or ids, a tie decided by a lot not drawn in public. --override ITEM=REASON certifies anyway, on "
                + "the record. Writes each winner into the roster as a role assignment (term from the role policy) and a "
                + "certificate (Markdown and HTML)."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election certify examples/elections/icu-co-lead/icu-2026.yaml --roster examples/roster.yaml --as-of 2026-11-06 --dry-run",
            "  lmp election certify examples/elections/icu-co-lead/icu-2026.yaml --roster examples/roster.yaml --as-of 2026-11-06"})
public final class CertifyCommand extends ElectionBaseCommand {

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file.")
    String electionPath;

    @Option(names = "--roster", required = true, paramLabel = "ROSTER.yaml", description = "The roster to write the winners into (rewritten in place).")
    String rosterPath;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the certificate. Default: beside the election file.")
    String outDir;

    @Option(names = "--force", description = "Overwrite certificate files at the target that this election did not write. "
            + "It never certifies a second time: use 'lmp election reopen'.")
    boolean force;

    @Option(names = "--override", paramLabel = "ITEM=REASON", description = "Certify despite a blocking item (a failed check rule such "
            + "as notice or list-inspection, winner, accounting, duplicates, lot), with the reason; recorded in the audit log "
            + "and printed on the certificate.")
    Map<String, String> override = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Show the roster changes and the certificate; write nothing.")
    boolean dryRun;

    @Mixin
    AsOfOption asOf;

    @picocli.CommandLine.Mixin
    ElectionFormat outputFormat;

    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        json = outputFormat.json();
        return dryRun ? guarded(this::certify) : locked(electionPath, this::certify);
    }

    private int certify() {
        Loaded l = load(electionPath);
        Path dir = outDir != null ? Path.of(outDir) : l.display(".");
        String base = baseName(l.file());
        Path mdPath = dir.resolve(base + "-certificate.md");
        Path htmlPath = dir.resolve(base + "-certificate.html");
        Path roster = Path.of(rosterPath);
        ElectionState s = state(l, List.of(roster));
        boolean ours = s.last("election certify").map(r -> r.outputs().stream().anyMatch(d -> d.path().equals(l.relative(mdPath))))
                .orElse(false);
        if (!dryRun && !force && !ours) {
            for (Path p : List.of(mdPath, htmlPath)) {
                if (Files.exists(p)) throw new OutputException(p + ": already exists; use --force to overwrite it");
            }
        }
        String rosterRel = l.relative(roster);
        InputFile rosterIn = s.file(rosterRel).orElseGet(() -> readInput(rosterPath));
        lmp.cli.Progress reading = progress();
        CertifyStep.Certified c = CertifyStep.run(s, new CertifyStep.Targets(rosterRel, rosterIn, l.relative(mdPath), l.relative(htmlPath)),
                overrides(override), asOf(asOf.value()), auditTime(asOf.value()), terms(policy.value()),
                reading.visible() ? reading::advance : lmp.count.formats.BallotCsv.Options.NOBODY);
        reading.done();
        Election e = l.election();
        if (dryRun) {
            out().println("Dry run: nothing written.");
            c.winners().forEach(w -> out().println("would add to " + rosterPath + ": " + w.memberId() + " " + w.name() + " as "
                    + e.office().kind().id() + " of " + e.office().scope() + " from " + w.start() + w.end().map(x -> " to " + x).orElse("")));
            c.notes().forEach(n -> out().println("note: " + n));
            out().println();
            out().print(c.markdown());
            out().flush();
            return ExitCode.OK;
        }
        commit(l, s, c.outcome(), asOf.value());
        note("wrote " + mdPath + " and " + htmlPath + (c.outcome().writes().size() > 2 ? "; updated " + rosterPath : ""));
        return ExitCode.OK;
    }
}
