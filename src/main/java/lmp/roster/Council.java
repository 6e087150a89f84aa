package lmp.roster;

import java.util.Objects;
import lmp.io.Location;

/** A steward council: the stewards of an area, meeting monthly (the guide "How Our Kaiser Partnership Works"). */
public record Council(String id, String name, String area, Location origin) {
    public Council {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(origin, "origin");
    }
}
