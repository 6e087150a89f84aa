package lmp.bargaining;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One date the law attaches to the agreement's expiry. A notice has a latest date ({@code date});
 * a window also has the first day it is open ({@code opens}); both days are included.
 *
 * @param id stable machine name ({@code notice-to-other-party}); used in calendar UIDs
 * @param statute the provision the date comes from, shown wherever the date is shown
 * @param rule the rule in one sentence, with the day count that gives the date
 */
public record Deadline(String id, String title, Optional<LocalDate> opens, LocalDate date, String statute, String rule) {
    public Deadline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(statute, "statute");
        Objects.requireNonNull(rule, "rule");
    }

    /** The first day the item concerns: the window's opening, or the deadline itself. */
    public LocalDate firstDay() {
        return opens.orElse(date);
    }

    public boolean isWindow() {
        return opens.isPresent();
    }

    /** A notice whose latest day is over as of {@code asOf} (the day after the deadline or later). */
    public boolean passed(LocalDate asOf) {
        return asOf.isAfter(date);
    }

    /**
     * Whether the latest day falls on a Saturday or Sunday. The count is never moved (see
     * {@link StatutoryDeadlines}); the outputs flag these days so notice is served earlier.
     */
    public boolean onWeekend() {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
