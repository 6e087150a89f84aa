package lmp.roster;

import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;

/** A unit-based team: one per natural work group, in a facility, within an area (the guide "How Our Kaiser Partnership Works"). */
public record Ubt(String id, String name, String facility, String area, Optional<String> manager, Location origin) {
    public Ubt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(origin, "origin");
    }
}
