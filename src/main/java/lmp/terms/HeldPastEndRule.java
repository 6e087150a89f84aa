package lmp.terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lmp.io.Severity;
import lmp.roster.RoleAssignment;

/**
 * A term ends on its last day (the recorded end date, or for an open-ended record the policy term
 * or the LMRDA cap); the end day itself is still within the term. From the day after, a seat
 * whose term has no successor on the roster (a later term in the same seat, whoever holds it) is
 * held past its end: the holder is holding over, or the seat is empty, and an election or
 * selection is overdue. An error; a warning when the policy lets the holder hold over until a
 * successor ({@code holdover: true}, allowed only for roles that are not LMRDA officers). Roles with
 * no term (hired, long-term) never end this way.
 */
public final class HeldPastEndRule implements TermRule {
    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (RoleAssignment a : c.roster().roles()) {
            if (!endedWithoutSuccessor(c, a)) continue;
            LocalDate last = c.policy().lastDay(a).orElseThrow();
            RolePolicy p = c.policy().of(a.role());
            String source = a.end().isPresent() ? "the term's end date on the roster"
                    : p.term().isPresent() ? p.source(RolePolicy.TERM) : p.law(Lmrda.CAP_SOURCE);
            if (p.holdover()) {
                findings.add(c.about(a, Severity.WARNING, FindingKind.HELD_PAST_END, last,
                        "term ended on " + last + " and no successor is on the roster; the holder holds over until one is "
                                + (p.isElected() ? "elected: hold the election" : "chosen"),
                        "a holder stays in the seat until a successor is chosen", p.source(RolePolicy.HOLDOVER) + "; " + source));
                continue;
            }
            findings.add(c.about(a, Severity.ERROR, FindingKind.HELD_PAST_END, last,
                    "term ended on " + last + " and no successor is on the roster; "
                            + (p.isElected() ? "hold the election" : "fill the seat") + " or record the successor",
                    "a role is held only to the end of its term; the next term starts when it ends",
                    source));
        }
    }

    /** Whether this rule reports {@code a}: used by the vacancy rule so one empty seat is reported once. */
    static boolean endedWithoutSuccessor(TermCheck c, RoleAssignment a) {
        Optional<LocalDate> last = c.policy().lastDay(a);
        return c.policy().isTermed(a) && last.isPresent() && last.get().isBefore(c.asOf()) && c.seats().successor(a).isEmpty();
    }
}
