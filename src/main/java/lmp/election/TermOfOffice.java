package lmp.election;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import lmp.roster.Role;
import lmp.terms.Anniversary;
import lmp.terms.Credential;
import lmp.terms.DefaultPolicy;
import lmp.terms.Lmrda;
import lmp.terms.RolePolicy;
import lmp.terms.StewardDeadline;
import lmp.terms.TermsPolicy;

/**
 * What the role policy says about an office (the built-in role policy, or a union's policy file):
 * which law governs its election, the term a winner is certified for, and the deadline to gain a
 * credential. Title IV governs the election of union officers (LMRDA 3(n); 29 CFR 452.17-452.21):
 * for an office whose role is marked {@code lmrda_officer} (the union-officer office, or a custom
 * office the policy marks so) its rules are legal requirements; for the partnership roles they are
 * applied as "best practice (LMRDA standard)". The term is the policy's, measured anniversary to
 * anniversary (UBT co-lead 2 years, labor partner 3); a role with no term in the policy (by default
 * the steward-council chair, whose term the bylaws set) has none, and certify refuses it rather than
 * invent one.
 */
public record TermOfOffice(TermsPolicy policy) {
    /** The source when a custom office is not named in the policy. */
    public static final String CUSTOM_NOT_OFFICER = DefaultPolicy.NAME + ": a custom office is not an LMRDA officer unless "
            + "the policy's custom_offices marks it so";

    public TermOfOffice {
        Objects.requireNonNull(policy, "policy");
    }

    public static TermOfOffice defaults() {
        return new TermOfOffice(DefaultPolicy.policy());
    }

    /** Whether the office is a union officer's under LMRDA 3(n), so Title IV is the law for its election. */
    public boolean lmrdaOfficer(Office o) {
        return o.kind().role().map(r -> policy.of(r).lmrdaOfficer())
                .orElseGet(() -> o.description().flatMap(policy::customOffice).map(TermsPolicy.CustomOffice::lmrdaOfficer).orElse(false));
    }

    /** Where the office's law model comes from ("built-in role policy: ..." or "role policy: FILE:LINE"). */
    public String lawSource(Office o) {
        return o.kind().role().map(r -> policy.of(r).source(RolePolicy.LMRDA_OFFICER))
                .orElseGet(() -> o.description().flatMap(policy::customOffice).map(TermsPolicy.CustomOffice::source)
                        .orElse(CUSTOM_NOT_OFFICER));
    }

    /** A Title IV rule's citation for this office: "legal requirement: STATUTE; SOURCE" or "best practice (LMRDA standard): ...". */
    public String law(Office o, String statute) {
        return Lmrda.label(lmrdaOfficer(o)) + ": " + statute + "; " + lawSource(o);
    }

    /** Whether members on leave in good standing vote (always for an officer; by default for every office). */
    public boolean onLeaveVotes(Office o) {
        return lmrdaOfficer(o) || o.kind().role().map(r -> policy.of(r).onLeaveVotes()).orElse(true);
    }

    /** Whether the policy declares an unopposed candidate elected without a ballot (29 CFR 452.28). */
    public boolean unopposedDeclaredElected(Office o) {
        return o.kind().role().map(r -> policy.of(r).unopposedDeclaredElected()).orElse(false);
    }

    public String unopposedSource(Office o) {
        return o.kind().role().map(r -> policy.of(r).source(RolePolicy.UNOPPOSED)).orElse(DefaultPolicy.NAME);
    }

    /** The office's term under the policy, if it has one. */
    public Optional<Period> term(Office o) {
        return o.kind().role().flatMap(r -> policy.of(r).term())
                .or(() -> o.description().flatMap(policy::customOffice).flatMap(TermsPolicy.CustomOffice::term));
    }

    /** Where the office's term comes from. */
    public String termSource(Office o) {
        return o.kind().role().map(r -> policy.of(r).source(RolePolicy.TERM))
                .orElseGet(() -> o.description().flatMap(policy::customOffice).map(TermsPolicy.CustomOffice::source)
                        .orElse(CUSTOM_NOT_OFFICER));
    }

    /**
     * The last day of a term starting on {@code start}: the policy's term, anniversary to anniversary,
     * and for an officer no later than the 3-year limit; empty when the policy gives the office no term.
     */
    public Optional<LocalDate> end(Office o, LocalDate start) {
        Optional<LocalDate> byTerm = term(o).map(t -> Anniversary.lastDay(start, t));
        if (byTerm.isPresent() && lmrdaOfficer(o)) {
            LocalDate cap = Lmrda.capLastDay(start);
            return Optional.of(byTerm.get().isAfter(cap) ? cap : byTerm.get());
        }
        return byTerm;
    }

    /** The last day of a term of the role starting on {@code start} (see {@link #end(Office, LocalDate)}). */
    public Optional<LocalDate> end(Role role, LocalDate start) {
        RolePolicy p = policy.of(role);
        Optional<LocalDate> byTerm = p.term().map(t -> Anniversary.lastDay(start, t));
        if (byTerm.isPresent() && p.lmrdaOfficer()) {
            LocalDate cap = Lmrda.capLastDay(start);
            return Optional.of(byTerm.get().isAfter(cap) ? cap : byTerm.get());
        }
        return byTerm;
    }

    /** Whether the role requires its holder to be a steward, with a grace period from taking office. */
    public boolean requiresSteward(Role role) {
        return policy.of(role).credential() == Credential.STEWARD;
    }

    /** The day by which a holder who is not a steward must become one: taking office plus the grace period (co-lead: six months). */
    public LocalDate stewardDeadline(Role role, LocalDate termStarts) {
        return StewardDeadline.of(termStarts, policy.of(role).gracePeriod());
    }

    /** Where the role's term and grace period come from, for notes and certificates. */
    public String source(Role role) {
        return policy.name() + "; term: " + policy.of(role).source(RolePolicy.TERM) + "; grace period: "
                + policy.of(role).source(RolePolicy.GRACE_PERIOD);
    }
}
