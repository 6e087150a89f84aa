package lmp.terms;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import lmp.roster.Role;
import lmp.roster.Roster;

/** Short calls for rule tests: the findings of one kind as of a day. */
final class Checks {
    private Checks() {
    }

    static List<Finding> findings(Roster roster, String asOf) {
        return TermRules.check(roster, DefaultPolicy.policy(), LocalDate.parse(asOf));
    }

    static List<Finding> findings(Roster roster, TermsPolicy policy, String asOf, FindingKind kind) {
        return TermRules.check(roster, policy, LocalDate.parse(asOf)).stream().filter(f -> f.kind() == kind).toList();
    }

    static List<Finding> findings(Roster roster, String asOf, FindingKind kind) {
        return findings(roster, DefaultPolicy.policy(), asOf, kind);
    }

    /** The default policy with one role's policy changed. */
    static TermsPolicy policyWith(Role role, UnaryOperator<RolePolicy.Builder> change) {
        Map<Role, RolePolicy> m = new EnumMap<>(DefaultPolicy.policy().roles());
        m.put(role, change.apply(m.get(role).toBuilder()).build());
        return new TermsPolicy("test policy", m);
    }
}
