package lmp.terms;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import lmp.roster.HowChosen;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;

/**
 * The effective policy: one {@link RolePolicy} per role (the built-in role policy of
 * {@link DefaultPolicy}, overridden field by field by a union's policy file), how good standing is
 * dated ({@link GoodStanding}), and the custom offices the policy names. The 3-year limit of
 * {@link Lmrda} applies to elected roles as law when the role is an LMRDA officer and as best
 * practice otherwise. {@code name} says where it came from, for reports.
 */
public record TermsPolicy(String name, Map<Role, RolePolicy> roles, GoodStanding goodStanding,
                          Map<String, CustomOffice> customOffices) {

    /**
     * A custom office the policy names (key: the office's description in the election file): whether
     * it is an LMRDA officer and its term. An unnamed custom office is not an officer and has no term.
     */
    public record CustomOffice(String name, boolean lmrdaOfficer, Optional<Period> term, String source) {
        public CustomOffice {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(source, "source");
        }
    }

    public TermsPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goodStanding, "goodStanding");
        EnumMap<Role, RolePolicy> copy = new EnumMap<>(Role.class);
        copy.putAll(roles);
        for (Role r : Role.values()) {
            if (!copy.containsKey(r)) throw new IllegalArgumentException("no policy for role " + r.id());
        }
        roles = Collections.unmodifiableMap(copy);
        customOffices = Collections.unmodifiableMap(new TreeMap<>(customOffices));
    }

    public TermsPolicy(String name, Map<Role, RolePolicy> roles) {
        this(name, roles, GoodStanding.defaults(), Map.of());
    }

    public RolePolicy of(Role role) {
        return roles.get(role);
    }

    /** The policy of a custom office, by its description (case-insensitive). */
    public Optional<CustomOffice> customOffice(String description) {
        return customOffices.values().stream().filter(c -> c.name().equalsIgnoreCase(description.strip())).findFirst();
    }

    /**
     * Whether the 3-year limit between elections applies to this assignment: the role is filled by
     * election and the limit binds it ({@link RolePolicy#threeYearLimit()}), or this holder was
     * recorded as elected to a role the policy does not relax. (When the role is elected and
     * {@code threeYearLimit()} is false, the role is no officer and its term is longer than the cap, so
     * the second test is false too: it needs no separate test that the role is not elected.)
     */
    public boolean capApplies(RoleAssignment a) {
        RolePolicy p = of(a.role());
        if (p.threeYearLimit()) return true;
        return a.chosen() == HowChosen.ELECTED && (p.lmrdaOfficer() || p.term().map(t -> !Lmrda.longerThanCap(t)).orElse(true));
    }

    /** The last day of the term under the policy alone (anniversary to anniversary), when the role has a term. */
    public Optional<LocalDate> policyLastDay(RoleAssignment a) {
        return of(a.role()).term().map(t -> Anniversary.lastDay(a.start(), t));
    }

    /** The last day of the term under the 3-year limit, when it applies. */
    public Optional<LocalDate> capLastDay(RoleAssignment a) {
        return capApplies(a) ? Optional.of(Lmrda.capLastDay(a.start())) : Optional.empty();
    }

    /**
     * The day the term ends: the recorded end date; for an open-ended record of a role with a term
     * (or under the 3-year limit), the earlier of the policy's and the limit's last day; otherwise none
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

    /** Whether the role has terms at all: a term in the policy, or the 3-year limit. */
    public boolean isTermed(RoleAssignment a) {
        return of(a.role()).term().isPresent() || capApplies(a);
    }
}
