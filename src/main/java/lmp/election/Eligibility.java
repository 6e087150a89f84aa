package lmp.election;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lmp.roster.Member;
import lmp.roster.Roster;
import lmp.roster.Ubt;

/**
 * Who may vote in, and stand for, an election: drawn from the roster by the office's rule
 * (../shared/DOMAIN.md "Roles"; seed 000), always limited to active members in good standing
 * (29 CFR 452.97: one vote for each member in good standing):
 * <ul>
 *   <li>UBT co-lead: the union members of that UBT;</li>
 *   <li>labor partner: the members of the area (the members of its UBTs, and the stewards of its councils);</li>
 *   <li>steward-council chair: the stewards of that council;</li>
 *   <li>custom: whichever of those the scope names (a UBT id, a council id or an area).</li>
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
            case CUSTOM -> roster.ubt(scope).map(u -> "UBT")
                    .or(() -> roster.council(scope).map(c -> "council"))
                    .or(() -> roster.areas().contains(scope) ? Optional.of("area") : Optional.empty());
        };
    }

    /** Whether the member belongs to the scope's electorate on {@code asOf} (ignoring standing). */
    public static boolean inScope(Roster roster, OfficeKind kind, String scope, Member m, LocalDate asOf) {
        String resolved = kind == OfficeKind.CUSTOM ? scopeKind(roster, kind, scope).orElse("") : switch (kind) {
            case UBT_CO_LEAD -> "UBT";
            case LABOR_PARTNER -> "area";
            default -> "council";
        };
        return switch (resolved) {
            case "UBT" -> m.ubt().map(scope::equals).orElse(false);
            case "council" -> m.isStewardOfCouncilOn(scope, asOf);
            case "area" -> m.ubt().flatMap(roster::ubt).map(Ubt::area).map(scope::equals).orElse(false)
                    || (m.isStewardOn(asOf) && m.steward().flatMap(s -> s.council()).flatMap(roster::council)
                    .map(c -> c.area().equals(scope)).orElse(false));
            default -> false;
        };
    }

    /** Eligible voters on {@code asOf}: in scope, active and in good standing; sorted by member id. */
    public static List<Member> voters(Roster roster, OfficeKind kind, String scope, LocalDate asOf) {
        return roster.members().stream()
                .filter(Member::isActiveInGoodStanding)
                .filter(m -> inScope(roster, kind, scope, m, asOf))
                .sorted(Comparator.comparing(Member::id))
                .toList();
    }
}
