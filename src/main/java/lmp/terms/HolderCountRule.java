package lmp.terms;

import java.util.List;
import java.util.stream.Collectors;
import lmp.io.Severity;
import lmp.roster.RoleAssignment;

/**
 * No more members may hold a role in one scope on one day than the policy allows (by default one
 * co-lead per UBT, one labor partner per local and area, one contract specialist per bargaining unit, one
 * chair per council: {@link lmp.roster.Role#maxHoldersPerScope()}; 0 means no limit). Two terms
 * overlap on a day when both are held that day, end days included. Reported for each holder on the
 * day judged. An error.
 */
public final class HolderCountRule implements TermRule {
    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (List<RoleAssignment> terms : c.seats().all().values()) {
            RolePolicy p = c.policy().of(terms.get(0).role());
            int limit = p.holdersPerScope();
            if (limit <= 0 || terms.size() <= limit) continue;
            List<RoleAssignment> holders = terms.stream().filter(a -> a.isHeldOn(c.asOf())).toList();
            if (holders.size() <= limit) continue;
            for (RoleAssignment a : holders) {
                String others = holders.stream().filter(b -> b != a).map(RoleAssignment::memberId).collect(Collectors.joining(", "));
                findings.add(c.about(a, Severity.ERROR, FindingKind.TOO_MANY_HOLDERS, c.asOf(),
                        holders.size() + " hold " + TermCheck.seat(a) + " on " + c.asOf() + " (also: " + others + "); at most "
                                + limit + " may",
                        "at most " + limit + " " + a.role().id() + (limit == 1 ? "" : "s") + " per "
                                + (a.role().seatsPerLocal() ? "local and " : "") + a.role().scopeKind().words(),
                        p.source(RolePolicy.HOLDERS_PER_SCOPE)));
            }
        }
    }
}
