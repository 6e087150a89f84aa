package lmp.cli.election;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.election.AuditRecord;
import lmp.election.AuditRecord.FileDigest;
import lmp.election.Certificate;
import lmp.election.Certification;
import lmp.election.Election;
import lmp.election.formats.AuditLogJsonl;
import lmp.election.formats.CertificateWriter;
import lmp.io.AtomicFiles;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.OutputException;
import lmp.io.Problem;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp election certify}: the tallied winners become role assignments on the roster, with a certificate. */
@Command(name = "certify",
        description = {"Certify the tallied result into the roster and write a certificate.",
                "Writes each winner into the roster as a role assignment (term from the "
                + "role policy: UBT co-lead 2 years; the steward deadline noted when a co-lead is not yet a steward) and "
                + "write a certificate (Markdown and HTML) with office, method, inputs and their SHA-256, round-by-round "
                + "results, winners and term dates. Refuses (exit 1) if the election file or a ballot file changed since "
                + "the tally, or the audit log's chain is broken."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election certify icu/election.yaml --roster icu/roster.yaml --as-of 2026-11-06 --dry-run",
            "  lmp election certify icu/election.yaml --roster icu/roster.yaml --as-of 2026-11-06"})
public final class CertifyCommand extends ElectionBaseCommand {

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file.")
    String electionPath;

    @Option(names = "--roster", required = true, paramLabel = "ROSTER.yaml", description = "The roster to write the winners into (rewritten in place).")
    String rosterPath;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the certificate. Default: beside the election file.")
    String outDir;

    @Option(names = "--force", description = "Overwrite an existing certificate.")
    boolean force;

    @Option(names = "--dry-run", description = "Show the roster changes and the certificate; write nothing.")
    boolean dryRun;

    @Mixin
    AsOfOption asOf;

    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        Loaded l = load(electionPath);
        Election e = l.election();
        Path log = l.auditLog();
        if (!Files.exists(log)) {
            err().println(l.relative(log) + ": no audit log, so no tally to certify; run 'lmp election tally' first");
            return ExitCode.FINDINGS;
        }
        List<AuditLogJsonl.Line> lines = AuditLogJsonl.read(readInput(log.toString()));
        List<Problem> broken = AuditLogJsonl.verifyChain(log.toString(), lines);
        if (!broken.isEmpty()) {
            report(broken);
            err().println("refusing to certify: the audit log was altered");
            return ExitCode.FINDINGS;
        }
        Optional<AuditRecord> tally = VerifyCommand.last(lines, "election tally");
        if (tally.isEmpty()) {
            err().println("no tally in the audit log; run 'lmp election tally " + electionPath + "' first");
            return ExitCode.FINDINGS;
        }
        List<String> changed = new ArrayList<>();
        for (FileDigest d : tally.get().inputs()) {
            Path p = l.resolve(d.path());
            String now = Files.isRegularFile(p) ? readInput(p.toString()).sha256() : "missing";
            if (!now.equals(d.sha256())) changed.add(d.path() + " changed since the tally: SHA-256 was " + d.sha256() + ", now " + now);
        }
        if (!changed.isEmpty()) {
            changed.forEach(err()::println);
            err().println("refusing to certify: tally again ('lmp election tally') so the count matches the files");
            return ExitCode.FINDINGS;
        }
        Map<String, Object> result = tally.get().result();
        if (Boolean.FALSE.equals(result.get("complete"))) {
            err().println("refusing to certify: the tally (seq " + tally.get().seq() + ") stopped at an unresolved tie; hold the "
                    + "run-off (with its own notice unless the notice announced it, 29 CFR 452.30) or draw the lot, then tally again");
            return ExitCode.FINDINGS;
        }
        List<String> winners = strings(result.get("winners"));
        InputFile rosterIn = readInput(rosterPath);
        Roster roster = RosterYaml.read(rosterIn).orThrow();
        Certification.Outcome outcome = Certification.certify(e, roster, winners, Location.of(l.input().name()), terms(policy.value()));
        if (!outcome.problems().isEmpty()) throw new InputException(outcome.problems());

        String certifiedOn = auditTime(asOf.value());
        String tallyLine = lines.stream().filter(x -> x.record().filter(r -> r.seq() == tally.get().seq()).isPresent()).findFirst()
                .map(AuditLogJsonl.Line::sha256).orElse("");
        Certificate cert = new Certificate(e.count().title(), "Office: " + e.office().describe(), e.count().method(), e.count().seats(),
                lmp.election.BallotDesign.of(e, false).votingLine(), certifiedOn, tally.get().inputs(), rounds(result.get("rounds")),
                accounting(result), outcome.winners(), outcome.notes(),
                "audit record " + tally.get().seq() + " of " + l.relative(log) + " (" + tally.get().time() + "), SHA-256 " + tallyLine);
        String md = CertificateWriter.markdown(cert);
        String html = CertificateWriter.html(cert);
        byte[] rosterBytes = RosterYaml.toYaml(outcome.roster()).getBytes(StandardCharsets.UTF_8);
        if (dryRun) {
            out().println("Dry run: nothing written.");
            outcome.winners().forEach(w -> out().println("would add to " + rosterPath + ": " + w.memberId() + " " + w.name() + " as "
                    + e.office().kind().id() + " of " + e.office().scope() + " from " + w.start() + w.end().map(x -> " to " + x).orElse("")));
            outcome.notes().forEach(n -> out().println("note: " + n));
            out().println();
            out().print(md);
            out().flush();
            return ExitCode.OK;
        }
        Path dir = outDir != null ? Path.of(outDir) : l.display(".");
        String base = baseName(l.file());
        Path mdPath = dir.resolve(base + "-certificate.md");
        Path htmlPath = dir.resolve(base + "-certificate.html");
        for (Path p : List.of(mdPath, htmlPath)) {
            if (Files.exists(p) && !force) throw new OutputException(p + ": already exists; use --force to overwrite it");
        }
        if (outcome.rosterChanged()) {
            AtomicFiles.write(Path.of(rosterPath), true, AtomicFiles.Privacy.PERSONAL, o -> o.write(rosterBytes));
        }
        AtomicFiles.write(mdPath, force, AtomicFiles.Privacy.PUBLIC, o -> o.write(md.getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(htmlPath, force, AtomicFiles.Privacy.PUBLIC, o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> auditResult = new TreeMap<>();
        auditResult.put("winners", winners);
        auditResult.put("member_ids", outcome.winners().stream().map(Certification.Winner::memberId).toList());
        auditResult.put("term_starts", outcome.winners().stream().map(w -> w.start().toString()).findFirst().orElse(""));
        auditResult.put("term_ends", outcome.winners().stream().map(w -> w.end().map(Object::toString).orElse("")).findFirst().orElse(""));
        auditResult.put("tally_seq", tally.get().seq());
        List<FileDigest> inputs = new ArrayList<>(tally.get().inputs());
        inputs.add(digest(l, Path.of(rosterPath), rosterIn.sha256()));
        audit(l, "election certify", asOf.value(), inputs, List.of(
                digest(l, Path.of(rosterPath), InputFile.sha256Hex(outcome.rosterChanged() ? rosterBytes : rosterIn.bytes())),
                digest(l, mdPath, InputFile.sha256Hex(md.getBytes(StandardCharsets.UTF_8))),
                digest(l, htmlPath, InputFile.sha256Hex(html.getBytes(StandardCharsets.UTF_8)))), auditResult);
        for (Certification.Winner w : outcome.winners()) {
            out().println("Certified " + w.name() + " (" + w.memberId() + ") as " + e.office().kind().id() + " of " + e.office().scope()
                    + " from " + w.start() + w.end().map(x -> " to " + x).orElse("")
                    + w.stewardDeadline().map(x -> "; must become a steward by " + x).orElse(""));
        }
        outcome.notes().forEach(n -> note("note: " + n));
        out().println("Wrote " + mdPath + " and " + htmlPath + (outcome.rosterChanged() ? "; updated " + rosterPath : ""));
        out().flush();
        return ExitCode.OK;
    }

    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> list) list.forEach(x -> out.add(String.valueOf(x)));
        return out;
    }

    static List<Certificate.Round> rounds(Object o) {
        List<Certificate.Round> out = new ArrayList<>();
        if (!(o instanceof List<?> list)) return out;
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m)) continue;
            Map<String, String> votes = new LinkedHashMap<>();
            if (m.get("votes") instanceof Map<?, ?> v) v.forEach((k, x) -> votes.put(String.valueOf(k), String.valueOf(x)));
            int n = m.get("round") instanceof Number num ? num.intValue() : out.size() + 1;
            out.add(new Certificate.Round(n, votes, strings(m.get("elected")), strings(m.get("excluded"))));
        }
        return out;
    }

    /** The ballot accounting recorded by the tally, in the order a reader expects (29 CFR 452.108). */
    static Map<String, String> accounting(Map<String, Object> r) {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] keys = {
            {"eligible_voters", "Eligible voters"}, {"checked_off", "Voters checked off"},
            {"ballots_cast", "Ballots cast (unchallenged)"}, {"challenged_accepted", "Challenged ballots accepted and counted"},
            {"challenged_rejected", "Challenged ballots rejected (not counted)"}, {"spoiled", "Spoiled ballots (not counted)"},
            {"blank", "Blank ballots"}, {"ballots_counted", "Ballots counted"}, {"turnout", "Turnout"}};
        for (String[] k : keys) {
            if (r.containsKey(k[0])) m.put(k[1], String.valueOf(r.get(k[0])));
        }
        return m;
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
