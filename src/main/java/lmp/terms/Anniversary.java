package lmp.terms;

import java.time.LocalDate;
import java.time.Period;

/**
 * Terms are measured anniversary to anniversary: a term of T starting on S runs until the day
 * before S's anniversary T later. When that anniversary does not exist (S is 2024-02-29 and the
 * anniversary year has no 29 February, or S is the 31st and the month is shorter), the anniversary
 * is the first day after the month's last day, so the term ends on the month's last day: a two-year
 * term from 2024-02-29 ends on 2026-02-28, neither a day too long nor a day short; a six-month term
 * from 2026-08-31 ends on 2027-02-28.
 */
public final class Anniversary {
    private Anniversary() {
    }

    /** The day the next term starts: {@code start + length}, moved to the 1st of the next month when the day was clipped. */
    public static LocalDate of(LocalDate start, Period length) {
        LocalDate plain = start.plus(length);
        if (plain.getDayOfMonth() < start.getDayOfMonth() && plain.getDayOfMonth() == plain.lengthOfMonth()
                && length.getDays() == 0) {
            return plain.plusDays(1);
        }
        return plain;
    }

    /** The last day of a term of {@code length} starting on {@code start}: the day before its anniversary. */
    public static LocalDate lastDay(LocalDate start, Period length) {
        return of(start, length).minusDays(1);
    }
}
