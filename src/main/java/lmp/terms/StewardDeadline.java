package lmp.terms;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The one rule for a steward deadline, used by {@code terms check}, {@code terms expiring},
 * {@code election check} and {@code election certify}: a holder who must be a steward within a grace
 * period of taking office must be designated on or before the deadline (taking office plus the grace,
 * calendar months: 2026-08-31 plus six months is 2027-02-28). Designated on the deadline day itself is
 * in time; on that day a holder not yet designated is still due, not late; from the day after, late.
 */
public final class StewardDeadline {
    /** Where a holder stands against the deadline on a day. */
    public enum Status {
        /** Designated on or before the deadline. */
        MET,
        /** Not designated yet and the deadline is today or later: still in time. */
        DUE,
        /** Designated (or to be designated) after the deadline: late, even when judged before the deadline. */
        LATE,
        /** Not designated, and the deadline has passed. */
        MISSED
    }

    private StewardDeadline() {
    }

    /** The deadline: the day the term starts plus the grace period (no grace: the first day of the term). */
    public static LocalDate of(LocalDate termStarts, Period grace) {
        return termStarts.plus(grace);
    }

    /** The status on {@code asOf} of a holder designated on {@code stewardSince} (empty: not designated). */
    public static Status status(Optional<LocalDate> stewardSince, LocalDate deadline, LocalDate asOf) {
        if (stewardSince.isPresent()) return stewardSince.get().isAfter(deadline) ? Status.LATE : Status.MET;
        return asOf.isAfter(deadline) ? Status.MISSED : Status.DUE;
    }
}
