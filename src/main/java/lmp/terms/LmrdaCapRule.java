package lmp.terms;

import java.time.LocalDate;
import java.util.List;
import lmp.io.Severity;
import lmp.roster.RoleAssignment;

/**
 * LMRDA 401(b); 29 CFR 452.23: officers of a local must be elected at least once every three
 * years. A term of an elected role starting on S must end by the day before S's third anniversary
 * (from 2024-04-01: by 2027-03-31; from 2024-02-29: by 2027-02-28). For a role marked
 * {@code lmrda_officer} it is the law whatever the policy says; for the other elected roles it is
 * best practice, which the policy relaxes by giving a longer term ({@link RolePolicy#threeYearLimit()}).
 * Checked for terms with a recorded end that have not ended before the day judged. An error.
 */
public final class LmrdaCapRule implements TermRule {
    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (RoleAssignment a : c.roster().roles()) {
            if (a.end().isEmpty() || a.end().get().isBefore(c.asOf()) || !c.policy().capApplies(a)) continue;
            LocalDate lastDay = Lmrda.capLastDay(a.start());
            if (a.end().get().isAfter(lastDay)) {
                RolePolicy p = c.policy().of(a.role());
                findings.add(c.about(a, Severity.ERROR, FindingKind.TERM_LONGER_THAN_LMRDA_CAP, lastDay,
                        "elected term " + a.start() + " to " + a.end().get() + " runs past " + lastDay
                                + "; an election must be held within 3 years",
                        p.lmrdaOfficer() ? "officers of a local are elected at least once every 3 years"
                                : "an election at least once every 3 years, as for a local's officers; the policy may set a longer term",
                        p.law(Lmrda.CAP_SOURCE)));
            }
        }
    }
}
