package lmp.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.function.Function;
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
    /**
     * A role in one scope: the UBT co-lead seat of EVMC-ICU, the labor partner of an area. Labor
     * partners are per local as well as per area (each local has its own labor partners), so their
     * seat also names the holder's local; {@code local} is empty for every other role.
     */
    public record Seat(Role role, String scope, String local) {
        /** The seat of an assignment, given the holder's local. */
        public static Seat of(RoleAssignment a, String holderLocal) {
            return new Seat(a.role(), a.scope(), a.role().seatsPerLocal() ? holderLocal : "");
        }
    }

    private static final Comparator<RoleAssignment> BY_START = Comparator.comparing(RoleAssignment::start)
            .thenComparing(a -> a.end().orElse(LocalDate.MAX))
            .thenComparing(RoleAssignment::memberId);

    private final Map<Seat, List<RoleAssignment>> bySeat;
    private final Map<RoleAssignment, Seat> seatOf;

    private Seats(Map<Seat, List<RoleAssignment>> bySeat, Map<RoleAssignment, Seat> seatOf) {
        this.bySeat = bySeat;
        this.seatOf = seatOf;
    }

    /** Every assignment in its seat; {@code localOf} gives the local of the holder of an assignment. */
    public static Seats of(List<RoleAssignment> assignments, Function<RoleAssignment, String> localOf) {
        Map<Seat, List<RoleAssignment>> m = new HashMap<>();
        Map<RoleAssignment, Seat> seatOf = new IdentityHashMap<>();
        for (RoleAssignment a : assignments) {
            Seat seat = Seat.of(a, localOf.apply(a));
            seatOf.put(a, seat);
            m.computeIfAbsent(seat, k -> new ArrayList<>()).add(a);
        }
        for (List<RoleAssignment> terms : m.values()) {
            terms.sort(BY_START);
        }
        return new Seats(m, seatOf);
    }

    /** The terms of the role in the scope, every local's seat together, in order of start; empty when nobody held it. */
    public List<RoleAssignment> terms(Role role, String scope) {
        List<RoleAssignment> out = new ArrayList<>();
        for (Map.Entry<Seat, List<RoleAssignment>> e : bySeat.entrySet()) {
            if (e.getKey().role() == role && e.getKey().scope().equals(scope)) out.addAll(e.getValue());
        }
        out.sort(BY_START);
        return Collections.unmodifiableList(out);
    }

    public Map<Seat, List<RoleAssignment>> all() {
        return Collections.unmodifiableMap(bySeat);
    }

    /**
     * The term that follows {@code a} in its seat: the first term of the seat that starts after
     * {@code a} starts, whoever holds it (a re-elected holder's next term is a successor too).
     */
    public Optional<RoleAssignment> successor(RoleAssignment a) {
        for (RoleAssignment b : bySeat.getOrDefault(seatOf.get(a), List.of())) {
            if (b.start().isAfter(a.start())) return Optional.of(b);
        }
        return Optional.empty();
    }
}
