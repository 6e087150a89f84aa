package lmp.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;

/**
 * A member holding a role in a scope from {@code start} to {@code end} inclusive (open-ended when
 * absent: hired, long-term roles). The scope is a UBT id, an area, a bargaining unit or a council
 * id, as {@link Role#scopeKind()} says. {@code electedOn} is the day of the election that filled the
 * term, when recorded: the 3-year rule runs from it (29 CFR 452.24), not from the term's start.
 */
public record RoleAssignment(
        String memberId,
        Role role,
        String scope,
        LocalDate start,
        Optional<LocalDate> end,
        HowChosen chosen,
        Optional<LocalDate> electedOn,
        Location origin) {

    public RoleAssignment {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(electedOn, "electedOn");
        Objects.requireNonNull(origin, "origin");
    }

    /** An assignment with no election date recorded. */
    public RoleAssignment(String memberId, Role role, String scope, LocalDate start, Optional<LocalDate> end, HowChosen chosen,
                          Location origin) {
        this(memberId, role, scope, start, end, chosen, Optional.empty(), origin);
    }

    /** The same assignment ending on {@code newEnd}. */
    public RoleAssignment withEnd(Optional<LocalDate> newEnd) {
        return new RoleAssignment(memberId, role, scope, start, newEnd, chosen, electedOn, origin);
    }

    /**
     * The day the holder was last elected to the seat: {@code electedOn} when recorded (certify writes
     * it), otherwise the term's start, the latest day the election can have been held.
     */
    public LocalDate electionDate() {
        return electedOn.orElse(start);
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
