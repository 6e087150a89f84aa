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
    public static final String CAP_SOURCE = "LMRDA 401(b); 29 CFR 452.23-452.24";
    public static final int NOTICE_DAYS = 15;
    public static final String NOTICE_SOURCE = "LMRDA 401(e); 29 CFR 452.99";

    private Lmrda() {
    }

    /** Marks a rule applied as law to an officer's election. */
    public static final String LEGAL = "legal requirement";
    /** Marks a Title IV rule applied to an election that is not an officer's. */
    public static final String BEST_PRACTICE = "best practice (LMRDA standard)";
    /** Why Title IV governs some elections and not others. */
    public static final String OFFICER_SOURCE = "LMRDA 3(n); 29 CFR 452.17-452.21";

    /** "legal requirement" or "best practice (LMRDA standard)". */
    public static String label(boolean officer) {
        return officer ? LEGAL : BEST_PRACTICE;
    }

    /** The last day a term starting on {@code start} may run under the 3-year cap (anniversary to anniversary). */
    public static LocalDate capLastDay(LocalDate start) {
        return Anniversary.lastDay(start, CAP);
    }

    /** The last day the next election may be held after an election on {@code electedOn} (29 CFR 452.24). */
    public static LocalDate nextElectionBy(LocalDate electedOn) {
        return electedOn.plus(CAP);
    }

    /** Whether a term is longer than the cap, judged from a fixed start (2001-01-01); exact for years and months. */
    public static boolean longerThanCap(Period term) {
        LocalDate probe = LocalDate.of(2001, 1, 1);
        return probe.plus(term).isAfter(probe.plus(CAP));
    }

    /** The last day to mail the notice of an election held on {@code election}. */
    public static LocalDate noticeBy(LocalDate election) {
        return election.minusDays(NOTICE_DAYS);
    }
}
