package lmp.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;

/**
 * The roster's role assignments grouped by seat (a role in a scope), each seat's terms in order of
 * start. Built once per check so every rule looks terms up in constant time.
 */
public final class Seats {
    /** A role in one scope: the UBT co-lead seat of EVMC-ICU, the labor partner of an area. */
    public record Seat(Role role, String scope) {
    }

    private static final Comparator<RoleAssignment> BY_START = Comparator.comparing(RoleAssignment::start)
            .thenComparing(a -> a.end().orElse(LocalDate.MAX))
            .thenComparing(RoleAssignment::memberId);

    private final Map<Seat, List<RoleAssignment>> bySeat;

    private Seats(Map<Seat, List<RoleAssignment>> bySeat) {
        this.bySeat = bySeat;
    }

    public static Seats of(List<RoleAssignment> assignments) {
        Map<Seat, List<RoleAssignment>> m = new HashMap<>();
        for (RoleAssignment a : assignments) {
            m.computeIfAbsent(new Seat(a.role(), a.scope()), k -> new ArrayList<>()).add(a);
        }
        for (List<RoleAssignment> terms : m.values()) {
            terms.sort(BY_START);
        }
        return new Seats(m);
    }

    /** The seat's terms in order of start; empty when nobody ever held it. */
    public List<RoleAssignment> terms(Role role, String scope) {
        return Collections.unmodifiableList(bySeat.getOrDefault(new Seat(role, scope), List.of()));
    }

    public Map<Seat, List<RoleAssignment>> all() {
        return Collections.unmodifiableMap(bySeat);
    }

    /**
     * The term that follows {@code a} in its seat: the first term of the seat that starts after
     * {@code a} starts, whoever holds it (a re-elected holder's next term is a successor too).
     */
    public Optional<RoleAssignment> successor(RoleAssignment a) {
        for (RoleAssignment b : bySeat.getOrDefault(new Seat(a.role(), a.scope()), List.of())) {
            if (b.start().isAfter(a.start())) return Optional.of(b);
        }
        return Optional.empty();
    }

    /** Who holds the seat on {@code date}. */
    public List<RoleAssignment> holdersOn(Role role, String scope, LocalDate date) {
        List<RoleAssignment> out = new ArrayList<>();
        for (RoleAssignment a : bySeat.getOrDefault(new Seat(role, scope), List.of())) {
            if (a.isHeldOn(date)) out.add(a);
        }
        return out;
    }
}
