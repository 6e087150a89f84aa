package lmp.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A member's designation as a steward by the union: since when, and on which steward council. */
public record StewardDesignation(LocalDate since, Optional<String> council) {
    public StewardDesignation {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(council, "council");
    }

    /** Whether the member is a steward on {@code date} (designation on or before that day). */
    public boolean isStewardOn(LocalDate date) {
        return !since.isAfter(date);
    }
}
