package lmp.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import lmp.election.AuditRecord.FileDigest;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.roster.HowChosen;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;

/**
 * Verifying an election end to end, read-only: the audit chain and its head in the election file;
 * the election file against the digest of the last record; every file digest recorded at intake,
 * tally and certify against the file as it is now; a recount against the tally; and, once
 * certified, the certificate's digest and the roster's role assignment against the recount. It
 * also lists the election's whole history, reopenings included.
 */
public final class VerifyStep {

    /** What was confirmed, what changed, the history, and the outcome (a record only when asked). */
    public record Verified(List<String> confirmed, List<String> changed, List<String> history, StepOutcome outcome) {
        public boolean ok() {
            return changed.isEmpty();
        }
    }

    private VerifyStep() {
    }

    public static Verified run(ElectionState s, boolean record, LongConsumer rowsRead) {
        Election e = s.election();
        List<String> ok = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> history = new ArrayList<>();
        List<String> chain = AuditTrail.problems(s);
        changed.addAll(chain);
        if (chain.isEmpty()) ok.add("audit chain intact: " + s.log().size() + " record(s), head matches the election file");
        for (Event h : history(s)) history.add(h.text());

        Optional<AuditRecord> lastRecord = s.log().isEmpty() ? Optional.empty() : s.log().get(s.log().size() - 1).record();
        if (lastRecord.isPresent() && s.key().isPresent()) {
            FileDigest now = s.electionDigest(e);
            Optional<FileDigest> then = lastRecord.get().outputs().stream().filter(d -> d.path().equals(s.name())).findFirst();
            if (then.isEmpty() || !then.get().sha256().equals(now.sha256())) {
                changed.add(s.name() + " changed since the last audit record (" + lastRecord.get().seq() + ")");
            } else {
                ok.add(s.name() + " is as the last audit record (" + lastRecord.get().seq() + ") left it");
            }
        }
        if (s.key().isEmpty()) changed.add("the election's key file is missing; keyed digests cannot be checked");

        int checked = 0;
        int before = changed.size();
        for (Event h : history(s)) {
            AuditRecord r = h.record();
            if (!List.of("election intake", "election tally", "election certify").contains(r.command())) continue;
            for (FileDigest d : r.inputs()) {
                if (!stillCurrent(s, r, d)) continue;
                checked++;
                compare(s, r, d, changed);
            }
        }
        if (changed.size() == before) ok.add("every file digest recorded at intake, tally and certify matches: " + checked + " check(s)");

        Optional<AuditRecord> tally = s.last("election tally");
        Optional<Recount.Counted> again = Optional.empty();
        if (tally.isEmpty()) {
            changed.add("no tally recorded in the audit log; run 'lmp election tally' first");
        } else {
            try {
                again = Optional.of(Recount.count(s, rowsRead));
            } catch (InputException ex) {
                ex.problems().forEach(p -> changed.add("recount failed: " + p.render()));
            }
        }
        if (again.isPresent()) {
            Recount.Counted c = again.get();
            BallotFileChecks.duplicates(c.ballotFiles()).forEach(changed::add);
            Object winnersThen = tally.get().result().get("winners");
            if (!String.valueOf(c.result().winners()).equals(String.valueOf(winnersThen))) {
                changed.add("recount elects " + c.result().winners() + " but the tally (record " + tally.get().seq() + ") elected " + winnersThen);
            } else if (!String.valueOf(Recount.rounds(c.result())).equals(String.valueOf(tally.get().result().get("rounds")))) {
                changed.add("recount gives the same winners but different round-by-round votes than the tally (record " + tally.get().seq() + ")");
            } else {
                ok.add("recount matches the tally: " + c.result().rounds().size() + " round(s), winners " + c.result().winners());
            }
            certified(s, c, tally.get(), ok, changed);
        }
        Optional<StepOutcome.Entry> entry = Optional.empty();
        if (record) {
            Map<String, Object> result = new TreeMap<>();
            result.put("problems", changed.size());
            result.put("verified", changed.isEmpty());
            entry = Optional.of(new StepOutcome.Entry("election verify", List.of(), List.of(), result));
        }
        return new Verified(ok, changed, history, new StepOutcome(e, List.of(), entry, List.of(), List.of()));
    }

    private static void certified(ElectionState s, Recount.Counted c, AuditRecord tally, List<String> ok, List<String> changed) {
        Election e = s.election();
        if (e.stage() != Stage.CERTIFIED) {
            changed.add("not certified: the election is " + e.stage().id());
            return;
        }
        Optional<AuditRecord> certify = s.last("election certify");
        if (certify.isEmpty()) {
            changed.add("the election file says certified, but no 'election certify' record is in the audit log");
            return;
        }
        AuditRecord r = certify.get();
        if (r.seq() < tally.seq()) changed.add("the certification (record " + r.seq() + ") predates the latest tally (record " + tally.seq() + ")");
        List<String> certifiedWinners = strings(r.result().get("winners"));
        if (!certifiedWinners.equals(c.result().winners())) {
            changed.add("certified winners " + certifiedWinners + " differ from the recount's " + c.result().winners());
        } else {
            ok.add("certified winners confirmed by the recount: " + certifiedWinners);
        }
        for (FileDigest d : r.outputs()) {
            if (d.keyed() || d.path().equals(s.name())) continue;
            Optional<InputFile> f = s.file(d.path());
            if (f.isEmpty()) changed.add(d.path() + " (the certificate) is missing");
            else if (!f.get().sha256().equals(d.sha256())) changed.add(d.path() + " changed since certification (record " + r.seq() + ")");
            else ok.add(d.path() + " is the certificate as written (SHA-256 " + d.sha256().substring(0, 12) + "...)");
        }
        rosterAssignment(s, r, ok, changed);
    }

    /** The roster still holds each certified winner's assignment, and no second elected holder of a one-holder office overlaps it. */
    private static void rosterAssignment(ElectionState s, AuditRecord certify, List<String> ok, List<String> changed) {
        Election e = s.election();
        if (e.office().kind().role().isEmpty()) return;
        Optional<FileDigest> rosterOut = certify.outputs().stream().filter(FileDigest::keyed).filter(d -> !d.path().equals(s.name())).findFirst();
        if (rosterOut.isEmpty()) return;
        Optional<InputFile> f = s.file(rosterOut.get().path());
        if (f.isEmpty()) {
            changed.add(rosterOut.get().path() + " (the roster) is missing");
            return;
        }
        Roster roster;
        try {
            roster = RosterYaml.read(f.get()).orThrow();
        } catch (InputException ex) {
            changed.add(rosterOut.get().path() + ": the roster cannot be read: " + ex.getMessage());
            return;
        }
        String start = String.valueOf(certify.result().get("term_starts"));
        String end = String.valueOf(certify.result().get("term_ends"));
        var role = e.office().kind().role().get();
        int before = changed.size();
        for (String id : strings(certify.result().get("member_ids"))) {
            Optional<RoleAssignment> a = roster.roles().stream().filter(x -> x.memberId().equals(id) && x.role() == role
                    && x.scope().equals(e.office().scope()) && x.start().toString().equals(start)).findFirst();
            if (a.isEmpty() || !a.get().end().map(Object::toString).orElse("").equals(end)) {
                changed.add(rosterOut.get().path() + ": no assignment of " + id + " as " + role.id() + " of " + e.office().scope() + " from "
                        + start + (end.isEmpty() ? "" : " to " + end) + ", as certified");
                continue;
            }
            if (role.maxHoldersPerScope() == 1) {
                for (RoleAssignment other : roster.roles()) {
                    // A role with a seat per local (a steward-council chair of each local) has one holder per local.
                    boolean sameSeat = !role.seatsPerLocal() || roster.member(other.memberId()).map(lmp.roster.Member::local)
                            .equals(roster.member(id).map(lmp.roster.Member::local));
                    if (other != a.get() && sameSeat && other.role() == role && other.scope().equals(e.office().scope())
                            && other.overlaps(a.get()) && other.chosen() == HowChosen.ELECTED) {
                        changed.add(rosterOut.get().path() + ": " + other.memberId() + " also holds " + role.id() + " of "
                                + e.office().scope() + " from " + other.start() + ", overlapping the certified term");
                    }
                }
            }
        }
        if (changed.size() == before) ok.add(rosterOut.get().path() + " holds the certified role assignment, and no other holder");
    }

    /** Whether {@code d}, read by record {@code r}, is still part of the election: later records may have replaced it. */
    private static boolean stillCurrent(ElectionState s, AuditRecord r, FileDigest d) {
        if (d.path().equals(s.name())) return false;
        Election e = s.election();
        boolean ballot = e.count().ballots().contains(d.path()) && !d.keyed();
        boolean checkoff = e.checkoff().filter(d.path()::equals).isPresent() && d.keyed();
        if (!ballot && !checkoff) return false;
        // Only the last record that read a voter-side file speaks for its current content.
        return !checkoff || isLastReader(s, r, d);
    }

    private static boolean isLastReader(ElectionState s, AuditRecord r, FileDigest d) {
        for (int i = s.log().size() - 1; i >= 0; i--) {
            Optional<AuditRecord> x = s.log().get(i).record();
            if (x.isPresent() && x.get().inputs().stream().anyMatch(y -> y.path().equals(d.path()))) return x.get().seq() == r.seq();
        }
        return false;
    }

    private static void compare(ElectionState s, AuditRecord r, FileDigest d, List<String> changed) {
        Optional<InputFile> f = s.file(d.path());
        String kind = r.command().substring("election ".length());
        if (f.isEmpty()) {
            changed.add(d.path() + " is missing (read by the " + kind + ", record " + r.seq() + ")");
            return;
        }
        String now = d.keyed() ? (s.key().isPresent() ? Digests.hmac(s.key().get(), f.get().bytes()) : d.sha256()) : f.get().sha256();
        if (!now.equals(d.sha256())) {
            changed.add(d.path() + " changed since the " + kind + " (record " + r.seq() + ")"
                    + (d.keyed() ? "" : ": SHA-256 was " + d.sha256() + ", now " + now));
        }
    }

    /** One line of the history: seq, day, command and what matters about it. */
    record Event(AuditRecord record, String text) {
    }

    private static List<Event> history(ElectionState s) {
        List<Event> out = new ArrayList<>();
        for (var l : s.log()) {
            if (l.record().isEmpty()) continue;
            AuditRecord r = l.record().get();
            StringBuilder sb = new StringBuilder().append(r.seq()).append("  ").append(r.time()).append("  ").append(r.command());
            Object reason = r.result().get("reason");
            if (reason != null) sb.append(": ").append(reason);
            Object stage = r.result().get("stage");
            if (stage != null) sb.append(" -> ").append(stage);
            Object winners = r.result().get("winners");
            if (winners != null && !r.command().equals("election tally")) sb.append(" ").append(winners);
            if (r.command().equals("election tally")) sb.append(" winners ").append(winners);
            if (r.command().equals("election draw")) {
                sb.append(": seed ").append(r.result().get("seed")).append(", witnesses ")
                        .append(String.join(", ", strings(r.result().get("witnesses"))));
            }
            if (r.result().get("overrides") instanceof List<?> overrides) {
                List<String> named = new ArrayList<>();
                for (Object o : overrides) {
                    if (o instanceof Map<?, ?> m) named.add(m.get("item") + " (" + m.get("reason") + ")");
                }
                sb.append("; overridden: ").append(String.join("; ", named));
            }
            out.add(new Event(r, sb.toString()));
        }
        return out;
    }

    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> list) list.forEach(x -> out.add(String.valueOf(x)));
        return out;
    }
}
