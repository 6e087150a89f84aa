package lmp.terms;

import java.time.LocalDate;
import java.util.List;
import lmp.io.Severity;
import lmp.roster.RoleAssignment;

/**
 * LMRDA 401(b); 29 CFR 452.23: officers of a local must be elected at least once every three
 * years, whatever the union's policy says. A term of an elected role starting on S must end by
 * S + 3 years - 1 day (from 2024-04-01: by 2027-03-31). Applies to roles the policy fills by
 * election and to any holder recorded as elected; checked for terms with a recorded end that have
 * not ended before the day judged. Always an error.
 */
public final class LmrdaCapRule implements TermRule {
    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (RoleAssignment a : c.roster().roles()) {
            if (a.end().isEmpty() || a.end().get().isBefore(c.asOf()) || !c.policy().capApplies(a)) continue;
            LocalDate lastDay = Lmrda.capLastDay(a.start());
            if (a.end().get().isAfter(lastDay)) {
                findings.add(c.about(a, Severity.ERROR, FindingKind.TERM_LONGER_THAN_LMRDA_CAP, lastDay,
                        "elected term " + a.start() + " to " + a.end().get() + " runs past " + lastDay
                                + "; an election must be held within 3 years",
                        "officers of a local are elected at least once every 3 years", Lmrda.CAP_SOURCE));
            }
        }
    }
}
