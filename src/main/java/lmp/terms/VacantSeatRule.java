package lmp.terms;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lmp.io.Location;
import lmp.io.Severity;
import lmp.roster.Council;
import lmp.roster.Member;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import lmp.roster.Ubt;

/**
 * A role the policy says must be filled (by default: a union co-lead for every UBT, a labor partner
 * for every area, a chair for every steward council: built-in role policy) is vacant in a scope when nobody
 * holds it there on the day judged. The scopes are the roster's UBTs, its areas (named by UBTs and
 * councils), its councils, and the bargaining units of its members. A seat whose last term ended
 * without a successor is reported once, by {@link HeldPastEndRule}, not again here. A warning.
 */
public final class VacantSeatRule implements TermRule {
    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (Role role : Role.values()) {
            RolePolicy p = c.policy().of(role);
            if (!p.mustBeFilled()) continue;
            for (Map.Entry<String, Location> scope : scopes(c, role.scopeKind()).entrySet()) {
                List<RoleAssignment> terms = c.seats().terms(role, scope.getKey());
                boolean held = terms.stream().anyMatch(a -> a.isHeldOn(c.asOf()));
                boolean reportedAsHeldPastEnd = terms.stream().anyMatch(a -> HeldPastEndRule.endedWithoutSuccessor(c, a));
                if (held || reportedAsHeldPastEnd) continue;
                findings.add(c.aboutSeat(role, scope.getKey(), Severity.WARNING, FindingKind.VACANT_SEAT, c.asOf(),
                        "no " + role.id() + " holds " + role.scopeKind().words() + " " + scope.getKey() + " on " + c.asOf()
                                + (terms.isEmpty() ? "" : " (next or last term: " + terms.get(terms.size() - 1).start() + ")"),
                        "every " + role.scopeKind().words() + " has a " + role.id(),
                        p.source(RolePolicy.MUST_BE_FILLED), scope.getValue()));
            }
        }
    }

    /** The scopes of a kind named on the roster, with where each is first written. */
    private static Map<String, Location> scopes(TermCheck c, Role.ScopeKind kind) {
        Map<String, Location> m = new TreeMap<>();
        switch (kind) {
            case UBT -> c.roster().ubts().forEach(u -> m.putIfAbsent(u.id(), u.origin()));
            case COUNCIL -> c.roster().councils().forEach(k -> m.putIfAbsent(k.id(), k.origin()));
            case AREA -> {
                for (Ubt u : c.roster().ubts()) m.putIfAbsent(u.area(), u.origin());
                for (Council k : c.roster().councils()) m.putIfAbsent(k.area(), k.origin());
            }
            case LOCAL -> {
                for (Member x : c.roster().members()) m.putIfAbsent(x.local(), x.origin());
            }
            case BARGAINING_UNIT -> {
                for (Member x : c.roster().members()) x.bargainingUnit().ifPresent(b -> m.putIfAbsent(b, x.origin()));
            }
        }
        return m;
    }
}
