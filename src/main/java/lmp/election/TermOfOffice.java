package lmp.election;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;
import lmp.roster.HowChosen;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import lmp.terms.Credential;
import lmp.terms.DefaultPolicy;
import lmp.terms.TermsPolicy;

/**
 * The term a winner is certified for, and the deadline to gain a credential, from the role policy
 * of the terms package (the built-in defaults of seed 000, or a union's policy file): UBT co-lead
 * 2 years and a steward within six months; labor partner up to 3 years; a steward-council chair's
 * term is set by bylaws, and without one in the policy it runs to the LMRDA cap (3 years for a
 * local, LMRDA 401(b)).
 */
public record TermOfOffice(TermsPolicy policy) {

    public TermOfOffice {
        Objects.requireNonNull(policy, "policy");
    }

    public static TermOfOffice defaults() {
        return new TermOfOffice(DefaultPolicy.policy());
    }

    /** The last day of an elected term starting on {@code start}: the policy's term, capped by the LMRDA; empty when neither applies. */
    public Optional<LocalDate> end(Role role, LocalDate start) {
        return policy.lastDay(new RoleAssignment("", role, "", start, Optional.empty(), HowChosen.ELECTED, Location.of("policy")));
    }

    /** Whether the role requires its holder to be a steward, with a grace period from taking office. */
    public boolean requiresSteward(Role role) {
        return policy.of(role).credential() == Credential.STEWARD;
    }

    /** The day by which a holder who is not a steward must become one: taking office plus the grace period (co-lead: six months). */
    public LocalDate stewardDeadline(Role role, LocalDate termStarts) {
        return termStarts.plus(policy.of(role).gracePeriod());
    }

    /** Where the role's term and grace period come from, for notes and certificates. */
    public String source(Role role) {
        return policy.name() + "; term: " + policy.of(role).source("term") + "; grace period: " + policy.of(role).source("grace_period");
    }
}
