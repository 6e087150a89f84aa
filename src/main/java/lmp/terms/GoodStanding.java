package lmp.terms;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import lmp.roster.Member;

/**
 * When a member is in good standing on a day (LMRDA 401(e); 29 CFR 452.84-452.87): the roster's
 * {@code good_standing} flag, and, when the roster dates it, dues paid through a day no earlier than
 * the day judged less the grace. The grace is policy (a bylaw cut-off, and the time an employer takes
 * to remit checked-off dues: a member whose dues are checked off may not lose the vote for the
 * employer's delay, 29 CFR 452.87). By default one month, calendar months ({@link LocalDate#minus}
 * clamps to the month's last day): dues paid through 2026-09-30 keep a member in good standing until
 * 2026-10-31 (2026-10-31 less a month is 2026-09-30) and not on 2026-11-01.
 */
public record GoodStanding(Period duesGrace, String source) {
    public static final String SOURCE = "LMRDA 401(e); 29 CFR 452.84-452.87";

    public GoodStanding {
        Objects.requireNonNull(duesGrace, "duesGrace");
        Objects.requireNonNull(source, "source");
    }

    public static GoodStanding defaults() {
        return new GoodStanding(Period.ofMonths(1), DefaultPolicy.NAME + " (one month for checked-off dues, 29 CFR 452.87)");
    }

    /** The earliest paid-through day that keeps a member in good standing on {@code day}. */
    public LocalDate paidThroughNeeded(LocalDate day) {
        return day.minus(duesGrace);
    }

    /** Whether the member is in good standing on {@code day}. */
    public boolean test(Member m, LocalDate day) {
        return m.goodStanding() && m.duesPaidThrough().map(d -> !d.isBefore(paidThroughNeeded(day))).orElse(true);
    }

    /** Why the member is not in good standing on {@code day}, in words; empty words when they are. */
    public String why(Member m, LocalDate day) {
        if (!m.goodStanding()) return "not in good standing on the roster";
        if (m.duesPaidThrough().isPresent() && m.duesPaidThrough().get().isBefore(paidThroughNeeded(day))) {
            return "dues paid through " + m.duesPaidThrough().get() + ", before " + paidThroughNeeded(day) + " ("
                    + day + " less the grace of " + PeriodText.words(duesGrace) + ")";
        }
        return "";
    }
}
