package lmp.terms;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lmp.roster.HowChosen;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;

/**
 * The effective policy: one {@link RolePolicy} per role (the built-in defaults of
 * {@link DefaultPolicy}, overridden field by field by a union's policy file), with the LMRDA cap of
 * {@link Lmrda} on top for elected roles. {@code name} says where it came from, for reports.
 */
public record TermsPolicy(String name, Map<Role, RolePolicy> roles) {

    public TermsPolicy {
        Objects.requireNonNull(name, "name");
        EnumMap<Role, RolePolicy> copy = new EnumMap<>(Role.class);
        copy.putAll(roles);
        for (Role r : Role.values()) {
            if (!copy.containsKey(r)) throw new IllegalArgumentException("no policy for role " + r.id());
        }
        roles = Collections.unmodifiableMap(copy);
    }

    public RolePolicy of(Role role) {
        return roles.get(role);
    }

    /**
     * Whether the LMRDA 3-year cap applies to this assignment: the role is filled by election under
     * the policy, or this holder was recorded as elected.
     */
    public boolean capApplies(RoleAssignment a) {
        return of(a.role()).isElected() || a.chosen() == HowChosen.ELECTED;
    }

    /** The last day of the term under the policy alone (start + term - 1 day), when the role has a term. */
    public Optional<LocalDate> policyLastDay(RoleAssignment a) {
        return of(a.role()).term().map(t -> a.start().plus(t).minusDays(1));
    }

    /** The last day of the term under the LMRDA cap, when it applies. */
    public Optional<LocalDate> capLastDay(RoleAssignment a) {
        return capApplies(a) ? Optional.of(Lmrda.capLastDay(a.start())) : Optional.empty();
    }

    /**
     * The day the term ends: the recorded end date; for an open-ended record of a role with a term
     * (or under the LMRDA cap), the earlier of the policy's and the cap's last day; otherwise none
     * (hired, long-term roles).
     */
    public Optional<LocalDate> lastDay(RoleAssignment a) {
        if (a.end().isPresent()) return a.end();
        Optional<LocalDate> byPolicy = policyLastDay(a);
        Optional<LocalDate> byCap = capLastDay(a);
        if (byPolicy.isPresent() && byCap.isPresent()) {
            return Optional.of(byPolicy.get().isBefore(byCap.get()) ? byPolicy.get() : byCap.get());
        }
        return byPolicy.isPresent() ? byPolicy : byCap;
    }

    /** Whether the role has terms at all: a term in the policy, or the LMRDA cap. */
    public boolean isTermed(RoleAssignment a) {
        return of(a.role()).term().isPresent() || capApplies(a);
    }
}
