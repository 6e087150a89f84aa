package lmp.terms;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import lmp.io.Severity;
import lmp.roster.RoleAssignment;

/**
 * A term may not run longer than the role's policy term, measured anniversary to anniversary
 * ({@link Anniversary}): a two-year co-lead term from 2025-01-01 ends by 2026-12-31, one from
 * 2024-02-29 by 2026-02-28. Checked
 * for terms with a recorded end date that have not ended before the day judged. An error, or a
 * warning when the policy calls the term typical rather than a maximum (contract specialists:
 * "typically ... one year", built-in role policy).
 */
public final class TermLengthRule implements TermRule {
    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (RoleAssignment a : c.roster().roles()) {
            if (a.end().isEmpty() || a.end().get().isBefore(c.asOf())) continue;
            RolePolicy p = c.policy().of(a.role());
            if (p.term().isEmpty()) continue;
            Period term = p.term().get();
            LocalDate lastDay = Anniversary.lastDay(a.start(), term);
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
