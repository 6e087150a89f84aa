package lmp.election;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import lmp.count.Tie;
import lmp.election.AuditRecord.FileDigest;
import lmp.election.formats.CertificateWriter;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.roster.HowChosen;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;

/**
 * Certifying a counted election. It recounts from the files (never taking winners from the log),
 * refuses when the recount differs from the tally or a ballot file changed since intake, and runs
 * every item of {@link CertificationGate}; each blocking item must be overridden by the committee
 * with a reason, or nothing is written. The winners become role assignments (replacing those of a
 * certification voided by {@code reopen}, never adding a second holder), and the certificate states
 * the result, the ties and how they were broken, and the overrides.
 */
public final class CertifyStep {

    /** Where the roster and the certificate are (paths relative to the election file, or absolute). */
    public record Targets(String roster, InputFile rosterFile, String markdown, String html) {
    }

    /** The outcome, and the certificate's Markdown for a dry run. */
    public record Certified(StepOutcome outcome, String markdown, List<Certification.Winner> winners, List<String> notes) {
    }

    private CertifyStep() {
    }

    public static Certified run(ElectionState s, Targets t, List<Override> overrides, LocalDate day, String certifiedOn,
                                TermOfOffice terms, LongConsumer rowsRead) {
        Election e = s.election();
        Location at = Location.of(s.file().name());
        List<Problem> refused = new ArrayList<>();
        Lifecycle.refusal(e.stage(), Lifecycle.Step.CERTIFY).ifPresent(r -> refused.add(Problem.error(at, "refusing to certify: " + r)));
        AuditTrail.problems(s).forEach(p -> refused.add(Problem.error(at, "refusing to certify: " + p)));
        if (!refused.isEmpty()) throw new Refused(refused);
        AuditRecord tally = s.last("election tally").orElseThrow(() -> new Refused(List.of(Problem.error(at,
                "refusing to certify: no tally in the audit log; run 'lmp election tally " + s.name() + "' first"))));
        Recount.Counted counted = Recount.count(s, rowsRead);
        for (String c : TallyStep.changedSinceIntake(s, counted)) refused.add(Problem.error(at, "refusing to certify: " + c));
        List<String> winners = counted.result().winners();
        Object tallied = tally.result().get("winners");
        if (!String.valueOf(winners).equals(String.valueOf(tallied))
                || !String.valueOf(Recount.rounds(counted.result())).equals(String.valueOf(tally.result().get("rounds")))) {
            refused.add(Problem.error(at, "refusing to certify: counting the files again gives " + winners + " but the tally (audit record "
                    + tally.seq() + ") gave " + tallied + "; the files changed since the tally: tally again"));
        }
        if (!counted.result().complete()) {
            refused.add(Problem.error(at, "refusing to certify: the count stops at a tie; draw a lot in public ('lmp election draw') "
                    + "or hold a run-off, then tally again"));
        }
        if (!refused.isEmpty()) throw new Refused(refused);

        Roster roster = RosterYaml.read(t.rosterFile()).orThrow();
        Election judged = CheckStep.judged(s, e, t.rosterFile());
        List<CertificationGate.Block> blocks = CertificationGate.blocks(judged, roster, t.rosterFile().sha256(), day, terms, counted);
        Set<String> blocking = new TreeSet<>();
        blocks.forEach(b -> blocking.add(b.item()));
        for (Override o : overrides) {
            if (!blocking.contains(o.item())) {
                refused.add(Problem.error(at, "--override " + o.item() + ": nothing by that name blocks this certification"
                        + (blocking.isEmpty() ? "" : "; blocking items: " + String.join(", ", blocking))));
            }
        }
        for (CertificationGate.Block b : blocks) {
            if (overrides.stream().noneMatch(o -> o.item().equals(b.item()))) {
                refused.add(Problem.error(at, "blocks certification: " + b.item() + ": " + b.message() + "; fix it, or certify anyway "
                        + "with --override " + b.item() + "=\"REASON\" (recorded and printed on the certificate)"));
            }
        }
        if (!refused.isEmpty()) throw new Refused(refused);

        Roster base = withoutVoidedAssignment(s, e, roster);
        boolean removedVoided = base.roles().size() != roster.roles().size();
        Certification.Outcome outcome = Certification.certify(e, base, winners, at, terms);
        if (!outcome.problems().isEmpty()) throw new InputException(outcome.problems());
        boolean rosterChanged = outcome.rosterChanged() || removedVoided;

        List<FileDigest> ballotDigests = counted.ballotFiles().stream().map(f -> ElectionState.plain(f.getKey(), f.getValue().bytes())).toList();
        String tallyRef = "audit record " + tally.seq() + " of " + e.auditLogPath() + " (" + tally.time() + "), SHA-256 "
                + s.lineHash(tally.seq()).orElse("");
        Certificate cert = new Certificate(e.count().title(), "Office: " + e.office().describe(), e.count().method(), e.count().seats(),
                BallotDesign.of(e, false).votingLine(), certifiedOn, ballotDigests, rounds(counted), accounting(counted.accounting()),
                outcome.winners(), outcome.notes(), tallyRef, ties(counted, e), overrides);
        byte[] md = CertificateWriter.markdown(cert).getBytes(StandardCharsets.UTF_8);
        byte[] html = CertificateWriter.html(cert).getBytes(StandardCharsets.UTF_8);
        byte[] rosterBytes = rosterChanged ? RosterYaml.toYaml(outcome.roster()).getBytes(StandardCharsets.UTF_8) : t.rosterFile().bytes();
        List<StepOutcome.Write> writes = new ArrayList<>();
        if (rosterChanged) writes.add(new StepOutcome.Write(t.roster(), rosterBytes, true));
        writes.add(new StepOutcome.Write(t.markdown(), md, false));
        writes.add(new StepOutcome.Write(t.html(), html, false));

        List<FileDigest> inputs = new ArrayList<>(ballotDigests);
        inputs.add(s.keyed(t.roster(), t.rosterFile().bytes()));
        FileDigest rosterAfter = s.keyed(t.roster(), rosterBytes);
        List<FileDigest> outputs = List.of(rosterAfter, ElectionState.plain(t.markdown(), md), ElectionState.plain(t.html(), html));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("winners", winners);
        result.put("member_ids", outcome.winners().stream().map(Certification.Winner::memberId).toList());
        result.put("term_starts", outcome.winners().stream().map(w -> w.start().toString()).findFirst().orElse(""));
        result.put("term_ends", outcome.winners().stream().map(w -> w.end().map(Object::toString).orElse("")).findFirst().orElse(""));
        result.put("tally_seq", tally.seq());
        result.put("stage", Stage.CERTIFIED.id());
        if (!overrides.isEmpty()) result.put("overrides", IntakeStep.overrides(overrides));
        Election updated = e.withStatus(e.status().withStage(Lifecycle.after(e.stage(), Lifecycle.Step.CERTIFY, true))
                .withCertifiedRoster(Optional.of(rosterAfter.sha256())));
        List<String> lines = new ArrayList<>();
        for (Certification.Winner w : outcome.winners()) {
            lines.add("Certified " + w.name() + " (" + w.memberId() + ") as " + e.office().kind().id() + " of " + e.office().scope()
                    + " from " + w.start() + w.end().map(x -> " to " + x).orElse("")
                    + w.stewardDeadline().map(x -> "; must become a steward by " + x).orElse(""));
        }
        List<String> notes = new ArrayList<>();
        outcome.notes().forEach(n -> notes.add("note: " + n));
        overrides.forEach(o -> notes.add("override recorded: " + o.item() + ": " + o.reason()));
        StepOutcome so = new StepOutcome(updated, writes, Optional.of(new StepOutcome.Entry("election certify", inputs, outputs, result)),
                lines, notes);
        return new Certified(so, new String(md, StandardCharsets.UTF_8), outcome.winners(), outcome.notes());
    }

    /** The roster without the assignments a certification wrote that a later 'reopen' voided. */
    static Roster withoutVoidedAssignment(ElectionState s, Election e, Roster roster) {
        Optional<AuditRecord> certify = s.last("election certify");
        if (certify.isEmpty() || e.office().kind().role().isEmpty()) return roster;
        List<String> ids = new ArrayList<>();
        if (certify.get().result().get("member_ids") instanceof List<?> l) l.forEach(x -> ids.add(String.valueOf(x)));
        String start = String.valueOf(certify.get().result().getOrDefault("term_starts", ""));
        List<RoleAssignment> kept = roster.roles().stream().filter(r -> !(ids.contains(r.memberId())
                && r.role() == e.office().kind().role().get() && r.scope().equals(e.office().scope())
                && r.start().toString().equals(start) && r.chosen() == HowChosen.ELECTED)).toList();
        return Roster.of(roster.name(), roster.ubts(), roster.councils(), roster.members(), kept);
    }

    static List<Certificate.Round> rounds(Recount.Counted c) {
        List<Certificate.Round> out = new ArrayList<>();
        for (lmp.count.Round r : c.result().rounds()) {
            Map<String, String> votes = new LinkedHashMap<>();
            r.tallies().forEach((k, v) -> votes.put(k, v.toPlainString()));
            out.add(new Certificate.Round(r.round(), votes, r.elected(), r.eliminated()));
        }
        return out;
    }

    /** The ballot accounting in the order a reader expects (29 CFR 452.108). */
    static Map<String, String> accounting(BallotAccounting a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Eligible voters", String.valueOf(a.eligible()));
        a.checkedOff().ifPresent(c -> m.put("Voters checked off", String.valueOf(c)));
        m.put("Challenged voters accepted (ballots mixed in before opening)", String.valueOf(a.challengedAccepted()));
        m.put("Challenged voters rejected (envelopes never opened)", String.valueOf(a.challengedRejected()));
        m.put("Spoiled ballots (not counted)", String.valueOf(a.spoiled()));
        m.put("Blank ballots", String.valueOf(a.blank()));
        m.put("Ballots counted", String.valueOf(a.counted()));
        m.put("Turnout", a.turnout());
        return m;
    }

    /** Every tie the count met, how it was broken, and the lot's seed and witnesses. */
    static List<String> ties(Recount.Counted c, Election e) {
        List<String> out = new ArrayList<>();
        for (Tie t : c.result().ties()) {
            String how = switch (t.resolution()) {
                case "lot" -> "broken by lot with seed " + c.seed() + e.status().lot().filter(l -> l.seed().equals(c.seed()))
                        .map(l -> ", drawn in public on " + l.drawnOn() + " before " + String.join(", ", l.witnesses())).orElse("");
                case "order" -> "broken by ballot order";
                default -> "separated by " + t.resolution();
            };
            out.add("Round " + t.round() + ": tie between " + String.join(", ", t.candidates()) + " (" + t.purpose() + "), " + how
                    + "; " + t.chosen() + " chosen");
        }
        return out;
    }
}
