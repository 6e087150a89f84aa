package lmp.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;

/**
 * A member holding a role in a scope from {@code start} to {@code end} inclusive (open-ended when
 * absent: hired, long-term roles). The scope is a UBT id, an area, a bargaining unit or a council
 * id, as {@link Role#scopeKind()} says.
 */
public record RoleAssignment(
        String memberId,
        Role role,
        String scope,
        LocalDate start,
        Optional<LocalDate> end,
        HowChosen chosen,
        Location origin) {

    public RoleAssignment {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(origin, "origin");
    }

    /** Held on {@code date}: started on or before it and not yet ended (the end day itself counts). */
    public boolean isHeldOn(LocalDate date) {
        return !start.isAfter(date) && end.map(e -> !e.isBefore(date)).orElse(true);
    }

    /** Whether two assignments overlap by at least one day. */
    public boolean overlaps(RoleAssignment other) {
        boolean thisEndsBefore = end.map(e -> e.isBefore(other.start)).orElse(false);
        boolean otherEndsBefore = other.end.map(e -> e.isBefore(start)).orElse(false);
        return !thisEndsBefore && !otherEndsBefore;
    }
}
