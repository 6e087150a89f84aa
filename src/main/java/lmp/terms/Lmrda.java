package lmp.terms;

import java.time.LocalDate;
import java.time.Period;

/**
 * The two federal election rules this package applies to elected local offices, whatever a
 * union's policy says (Labor-Management Reporting and Disclosure Act, Title IV):
 * <ul>
 *   <li>LMRDA 401(b); 29 CFR 452.23: officers of a local are elected at least once every three
 *       years. A term starting on S may therefore run at most to S + 3 years - 1 day (inclusive);
 *       an election for the next term must be held by then.</li>
 *   <li>LMRDA 401(e); 29 CFR 452.99: notice of the election is mailed to every member not less
 *       than fifteen days before the election. For an election held on E the notice must go out
 *       on or before E - 15 days.</li>
 * </ul>
 */
public final class Lmrda {
    /** The longest time between elections of a local's officers. */
    public static final Period CAP = Period.ofYears(3);
    public static final String CAP_SOURCE = "LMRDA 401(b); 29 CFR 452.23";
    public static final int NOTICE_DAYS = 15;
    public static final String NOTICE_SOURCE = "LMRDA 401(e); 29 CFR 452.99";

    private Lmrda() {
    }

    /** The last day a term starting on {@code start} may run under the 3-year cap. */
    public static LocalDate capLastDay(LocalDate start) {
        return start.plus(CAP).minusDays(1);
    }

    /** The last day to mail the notice of an election held on {@code election}. */
    public static LocalDate noticeBy(LocalDate election) {
        return election.minusDays(NOTICE_DAYS);
    }
}
