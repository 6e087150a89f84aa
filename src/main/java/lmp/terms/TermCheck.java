package lmp.terms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;
import lmp.io.Severity;
import lmp.roster.Member;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;

/** What every rule is given: the roster, the effective policy, the day judged, and the seats built once. */
public record TermCheck(Roster roster, TermsPolicy policy, LocalDate asOf, Seats seats) {

    public TermCheck {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(seats, "seats");
    }

    public static TermCheck of(Roster roster, TermsPolicy policy, LocalDate asOf) {
        return new TermCheck(roster, policy, asOf,
                Seats.of(roster.roles(), a -> roster.member(a.memberId()).map(Member::local).orElse("")));
    }

    public Optional<Member> member(RoleAssignment a) {
        return roster.member(a.memberId());
    }

    /** A finding about one holder's term. */
    public Finding about(RoleAssignment a, Severity severity, FindingKind kind, LocalDate date, String message,
                         String rule, String source) {
        String name = member(a).map(Member::name).orElse("");
        return new Finding(severity, kind, Optional.of(a.memberId()), name, a.role(), a.scope(), Optional.of(a.start()),
                a.end(), date, message, rule, source, a.origin());
    }

    /** A finding about a seat nobody holds. */
    public Finding aboutSeat(Role role, String scope, Severity severity, FindingKind kind, LocalDate date, String message,
                             String rule, String source, Location at) {
        return new Finding(severity, kind, Optional.empty(), "", role, scope, Optional.empty(), Optional.empty(), date,
                message, rule, source, at);
    }

    /** "ubt-co-lead of EVMC-ICU" */
    public static String seat(RoleAssignment a) {
        return a.role().id() + " of " + a.scope();
    }
}
