package lmp.cli.election;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.election.AuditRecord;
import lmp.election.AuditRecord.FileDigest;
import lmp.election.formats.AuditLogJsonl;
import lmp.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code lmp election verify}: proves an election's record is intact: the audit chain is unbroken,
 * the files the tally read are unchanged, and counting them again gives the tallied and certified
 * winners.
 */
@Command(name = "verify",
        description = {"Verify an election's audit chain, inputs, count and certified result.",
                "Checks that the audit log's hash chain is unbroken, the election file and ballot files "
                + "are byte-for-byte those the tally counted (SHA-256), and a fresh count gives the same winners as the "
                + "tally and the certificate. Exit 1 if anything changed."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election verify icu/election.yaml", "  lmp election verify icu/election.yaml --as-of 2026-11-20 --format json"})
public final class VerifyCommand extends ElectionBaseCommand {

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file.")
    String electionPath;

    enum Format { text, json }

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() {
        Loaded l = load(electionPath);
        List<String> findings = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        Path log = l.auditLog();
        List<AuditLogJsonl.Line> lines = List.of();
        if (!Files.exists(log)) {
            findings.add("no audit log at " + l.relative(log));
        } else {
            lines = AuditLogJsonl.read(readInput(log.toString()));
            List<Problem> broken = AuditLogJsonl.verifyChain(log.toString(), lines);
            broken.forEach(p -> findings.add(p.render()));
            if (broken.isEmpty()) confirmed.add("audit chain intact: " + lines.size() + " record(s)");
        }
        Optional<AuditRecord> tally = last(lines, "election tally");
        if (tally.isEmpty()) {
            findings.add("no tally recorded in the audit log; run 'lmp election tally' first");
        } else {
            int before = findings.size();
            for (FileDigest d : tally.get().inputs()) {
                Path p = l.resolve(d.path());
                String now = Files.isRegularFile(p) ? readInput(p.toString()).sha256() : "missing";
                if (!now.equals(d.sha256())) {
                    findings.add(d.path() + " changed since the tally (seq " + tally.get().seq() + "): SHA-256 was "
                            + d.sha256() + ", now " + now);
                }
            }
            if (findings.size() == before) confirmed.add("inputs unchanged since the tally: " + tally.get().inputs().size() + " file(s)");
            ElectionCount.recountFindings(this, l, tally.get(), last(lines, "election certify"), findings, confirmed);
        }
        if (format == Format.json) {
            java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
            doc.put("election", l.election().count().title());
            doc.put("verified", findings.isEmpty());
            doc.put("ok", confirmed);
            doc.put("changed", findings);
            out().print(tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
        } else {
            for (String c : confirmed) out().println("OK       " + c);
            for (String f : findings) out().println("CHANGED  " + f);
            out().println(findings.isEmpty() ? "Verified: the certified result stands." : findings.size() + " problem(s) found.");
        }
        out().flush();
        TreeMap<String, Object> result = new TreeMap<>();
        result.put("problems", findings.size());
        result.put("verified", findings.isEmpty());
        if (Files.exists(log) || findings.isEmpty()) {
            audit(l, "election verify", asOf.value(), List.of(digest(l, l.file(), l.input().sha256())), List.of(), result);
        }
        return findings.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    static Optional<AuditRecord> last(List<AuditLogJsonl.Line> lines, String command) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Optional<AuditRecord> r = lines.get(i).record();
            if (r.isPresent() && r.get().command().equals(command)) return r;
        }
        return Optional.empty();
    }
}
