package lmp.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lmp.io.InputFile;
import lmp.roster.Roster;

/**
 * The compliance check as a step: read-only unless the committee asks for its record. After
 * certification the roster is judged against the digest recorded at certification (certify itself
 * wrote the winner into it), so a certified election checks clean.
 */
public final class CheckStep {

    /** The checklist and the outcome (a record only when asked). */
    public record Checked(List<CheckItem> items, long violations, long due, StepOutcome outcome) {
    }

    private CheckStep() {
    }

    public static Checked run(ElectionState s, Roster roster, InputFile rosterFile, String rosterPath, LocalDate day, TermOfOffice terms,
                              boolean record) {
        Election e = s.election();
        List<CheckItem> items = Compliance.check(judged(s, e, rosterFile), roster, rosterFile.sha256(), day, terms);
        long violations = items.stream().filter(CheckItem::isViolation).count();
        long due = items.stream().filter(i -> i.status() == CheckItem.Status.DUE).count();
        Optional<StepOutcome.Entry> entry = Optional.empty();
        if (record) {
            Map<String, Object> result = new TreeMap<>();
            result.put("as_of", day.toString());
            result.put("violations", violations);
            result.put("due", due);
            entry = Optional.of(new StepOutcome.Entry("election check", List.of(s.keyed(rosterPath, rosterFile.bytes())), List.of(), result));
        }
        return new Checked(items, violations, due, new StepOutcome(e, List.of(), entry, List.of(), List.of()));
    }

    /**
     * The election as the roster rule should judge it: once certified, a roster whose keyed digest is
     * the one recorded at certification counts as unchanged (its only change is the certified result).
     */
    public static Election judged(ElectionState s, Election e, InputFile rosterFile) {
        if (e.roster().isEmpty() || e.status().certifiedRoster().isEmpty() || s.key().isEmpty()) return e;
        String now = Digests.hmac(s.key().get(), rosterFile.bytes());
        if (!now.equals(e.status().certifiedRoster().get())) return e;
        Election.RosterRef r = e.roster().get();
        return new Election(e.count(), e.office(), Optional.of(new Election.RosterRef(r.path(), rosterFile.sha256())), e.dates(),
                e.voters(), e.challenged(), e.spoiled(), e.noticeAnnouncesRunoff(), e.keepRecordsUntil(), e.checkoff(), e.auditLog(),
                e.runoffDate(), e.status());
    }
}
