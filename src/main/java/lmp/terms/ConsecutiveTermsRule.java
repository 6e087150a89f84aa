package lmp.terms;

import java.util.List;
import java.util.Optional;
import lmp.io.Severity;
import lmp.roster.RoleAssignment;

/**
 * A member may serve at most the policy's number of consecutive terms in one seat (one term when
 * re-election is not allowed). Consecutive means back to back in the seat's sequence of terms, with
 * nobody else's term between them. Reported on each term beyond the limit that has not ended before
 * the day judged. The built-in defaults set no limit (the guide "How Our Kaiser Partnership Works": co-leads "can be re-elected").
 */
public final class ConsecutiveTermsRule implements TermRule {
    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (List<RoleAssignment> terms : c.seats().all().values()) {
            RolePolicy p = c.policy().of(terms.get(0).role());
            Optional<Integer> limit = p.consecutiveTermLimit();
            if (limit.isEmpty()) continue;
            int run = 0;
            String runMember = null;
            for (RoleAssignment a : terms) {
                run = a.memberId().equals(runMember) ? run + 1 : 1;
                runMember = a.memberId();
                boolean past = a.end().map(e -> e.isBefore(c.asOf())).orElse(false);
                if (run > limit.get() && !past) {
                    String source = p.reElection() ? p.source(RolePolicy.MAX_CONSECUTIVE_TERMS) : p.source(RolePolicy.RE_ELECTION);
                    findings.add(c.about(a, Severity.ERROR, FindingKind.TOO_MANY_CONSECUTIVE_TERMS, a.start(),
                            "term " + run + " in a row in this seat; the policy allows " + limit.get(),
                            p.reElection() ? "at most " + limit.get() + " consecutive terms as " + a.role().id()
                                    : "a " + a.role().id() + " may not be re-elected",
                            source));
                }
            }
        }
    }
}
