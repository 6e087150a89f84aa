package lmp.terms;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import lmp.io.Severity;
import lmp.roster.RoleAssignment;

/**
 * A term may not run longer than the role's policy term: a term of T starting on S ends on
 * S + T - 1 day at the latest (a two-year co-lead term from 2025-01-01 ends by 2026-12-31). Checked
 * for terms with a recorded end date that have not ended before the day judged. An error, or a
 * warning when the policy calls the term typical rather than a maximum (contract specialists:
 * "typically ... one year", seed 000).
 */
public final class TermLengthRule implements TermRule {
    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (RoleAssignment a : c.roster().roles()) {
            if (a.end().isEmpty() || a.end().get().isBefore(c.asOf())) continue;
            RolePolicy p = c.policy().of(a.role());
            if (p.term().isEmpty()) continue;
            Period term = p.term().get();
            LocalDate lastDay = a.start().plus(term).minusDays(1);
            if (a.end().get().isAfter(lastDay)) {
                Severity severity = p.termIsTypical() ? Severity.WARNING : Severity.ERROR;
                findings.add(c.about(a, severity, FindingKind.TERM_LONGER_THAN_POLICY, lastDay,
                        "term " + a.start() + " to " + a.end().get() + " runs past " + lastDay + ", the last day of a term of "
                                + PeriodText.words(term),
                        (p.termIsTypical() ? "a term of " : "a term of at most ") + PeriodText.words(term) + " for a "
                                + a.role().id(),
                        p.source(RolePolicy.TERM)));
            }
        }
    }
}
