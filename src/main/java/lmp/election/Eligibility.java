package lmp.election;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lmp.roster.Member;
import lmp.roster.MemberStatus;
import lmp.roster.Roster;
import lmp.roster.Ubt;

/**
 * Who may vote in, and stand for, an election: drawn from the roster by the office's rule, and
 * limited to members in good standing on the day (LMRDA 401(e); 29 CFR 452.84-452.87: every member
 * in good standing may vote, members on leave included; good standing is dated by dues paid through,
 * with the policy's grace). A policy may exclude members on leave from a partnership role's election
 * ({@code on_leave_votes: false}); it cannot for an LMRDA officer. The electorates:
 * <ul>
 *   <li>UBT co-lead: the union members of that UBT;</li>
 *   <li>labor partner: the members of the area (the members of its UBTs, and the stewards of its
 *       councils), limited to the office's local when it names one (each local elects its own);</li>
 *   <li>steward-council chair: the stewards of that council;</li>
 *   <li>union officer: the members of the local the scope names;</li>
 *   <li>custom: whatever the scope names: a UBT id, a council id, an area, a local, a bargaining unit,
 *       or a comma-separated list of UBT ids.</li>
 * </ul>
 * Candidates come from the same pool ("from their ranks"); the credentials an office adds (a
 * co-lead must be or become a steward) are checked by {@link Compliance}.
 */
public final class Eligibility {
    private Eligibility() {
    }

    /** What kind of thing the scope names in this roster, or empty when the roster has no such scope. */
    public static Optional<String> scopeKind(Roster roster, OfficeKind kind, String scope) {
        return switch (kind) {
            case UBT_CO_LEAD -> roster.ubt(scope).map(u -> "UBT");
            case LABOR_PARTNER -> roster.areas().contains(scope) ? Optional.of("area") : Optional.empty();
            case STEWARD_COUNCIL_CHAIR -> roster.council(scope).map(c -> "council");
            case UNION_OFFICER -> isLocal(roster, scope) ? Optional.of("local") : Optional.empty();
            case CUSTOM -> roster.ubt(scope).map(u -> "UBT")
                    .or(() -> roster.council(scope).map(c -> "council"))
                    .or(() -> roster.areas().contains(scope) ? Optional.of("area") : Optional.empty())
                    .or(() -> isLocal(roster, scope) ? Optional.of("local") : Optional.empty())
                    .or(() -> roster.members().stream().anyMatch(m -> m.bargainingUnit().map(scope::equals).orElse(false))
                            ? Optional.of("bargaining unit") : Optional.empty())
                    .or(() -> ubtList(scope).size() > 1 && ubtList(scope).stream().allMatch(u -> roster.ubt(u).isPresent())
                            ? Optional.of("UBTs") : Optional.empty());
        };
    }

    private static boolean isLocal(Roster roster, String scope) {
        return roster.members().stream().anyMatch(m -> m.local().equals(scope));
    }

    private static List<String> ubtList(String scope) {
        return Arrays.stream(scope.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether the member belongs to the scope's electorate on {@code asOf} (ignoring standing and local). */
    public static boolean inScope(Roster roster, OfficeKind kind, String scope, Member m, LocalDate asOf) {
        String resolved = kind == OfficeKind.CUSTOM ? scopeKind(roster, kind, scope).orElse("") : switch (kind) {
            case UBT_CO_LEAD -> "UBT";
            case LABOR_PARTNER -> "area";
            case UNION_OFFICER -> "local";
            default -> "council";
        };
        return switch (resolved) {
            case "UBT" -> m.ubt().map(scope::equals).orElse(false);
            case "council" -> m.isStewardOfCouncilOn(scope, asOf);
            case "area" -> m.ubt().flatMap(roster::ubt).map(Ubt::area).map(scope::equals).orElse(false)
                    || (m.isStewardOn(asOf) && m.steward().flatMap(s -> s.council()).flatMap(roster::council)
                    .map(c -> c.area().equals(scope)).orElse(false));
            case "local" -> m.local().equals(scope);
            case "bargaining unit" -> m.bargainingUnit().map(scope::equals).orElse(false);
            case "UBTs" -> m.ubt().map(u -> ubtList(scope).contains(u)).orElse(false);
            default -> false;
        };
    }

    /** Whether the member belongs to the office's electorate: its scope, and its local when it names one. */
    public static boolean inScope(Roster roster, Office office, Member m, LocalDate asOf) {
        return office.local().map(l -> l.equals(m.local())).orElse(true) && inScope(roster, office.kind(), office.scope(), m, asOf);
    }

    /**
     * Whether the member may vote on {@code day}: active, or on leave when the policy lets members on
     * leave vote (the default), and in good standing by the policy's dated test.
     */
    public static boolean canVote(Member m, Office office, TermOfOffice terms, LocalDate day) {
        boolean status = m.status() == MemberStatus.ACTIVE || (m.isOnLeave() && terms.onLeaveVotes(office));
        return status && terms.policy().goodStanding().test(m, day);
    }

    /** Eligible voters on {@code asOf} under the built-in role policy, sorted by member id. */
    public static List<Member> voters(Roster roster, OfficeKind kind, String scope, LocalDate asOf) {
        return voters(roster, new Office(kind, scope, Optional.empty(), List.of()), TermOfOffice.defaults(), asOf);
    }

    /** Eligible voters on {@code asOf}: in the office's electorate and able to vote under the policy; sorted by member id. */
    public static List<Member> voters(Roster roster, Office office, TermOfOffice terms, LocalDate asOf) {
        return roster.members().stream()
                .filter(m -> canVote(m, office, terms, asOf))
                .filter(m -> inScope(roster, office, m, asOf))
                .sorted(Comparator.comparing(Member::id))
                .toList();
    }
}
