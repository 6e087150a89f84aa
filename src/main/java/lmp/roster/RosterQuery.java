package lmp.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which members {@code roster list} shows: all, or those of one UBT, those holding a role on the
 * day, stewards on the day. The conditions combine (all must hold). Members keep roster order.
 */
public record RosterQuery(Optional<String> ubt, Optional<Role> role, boolean stewardsOnly, LocalDate asOf) {
    public RosterQuery {
        Objects.requireNonNull(ubt, "ubt");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(asOf, "asOf");
    }

    public List<Member> select(Roster roster) {
        Set<String> holders = new HashSet<>();
        role.ifPresent(r -> roster.roles().stream().filter(a -> a.role() == r && a.isHeldOn(asOf))
                .forEach(a -> holders.add(a.memberId())));
        return roster.members().stream()
                .filter(m -> ubt.map(u -> m.ubt().map(u::equals).orElse(false)).orElse(true))
                .filter(m -> role.isEmpty() || holders.contains(m.id()))
                .filter(m -> !stewardsOnly || m.isStewardOn(asOf))
                .toList();
    }

    /** For each member holding any role on the day, those roles as {@code role@scope}, in roster order. */
    public static Map<String, List<String>> rolesHeldOn(Roster roster, LocalDate day) {
        Map<String, List<String>> held = new HashMap<>();
        for (RoleAssignment a : roster.roles()) {
            if (a.isHeldOn(day)) held.computeIfAbsent(a.memberId(), k -> new ArrayList<>()).add(a.role().id() + "@" + a.scope());
        }
        return held;
    }
}
