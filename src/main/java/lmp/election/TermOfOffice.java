package lmp.election;

import java.time.LocalDate;
import lmp.roster.Role;

/**
 * The term a winner is certified for, and the steward deadline of a co-lead (../shared/DOMAIN.md
 * "Roles", the default role policy): UBT co-lead 2 years, labor partner up to 3, steward-council
 * chair 2 (bylaws may differ); a co-lead who is not a steward must become one within six months.
 */
public final class TermOfOffice {
    public static final int STEWARD_GRACE_MONTHS = 6;

    private TermOfOffice() {
    }

    /** Term length in years under the default role policy. */
    public static int years(Role role) {
        return switch (role) {
            case UBT_CO_LEAD, STEWARD_COUNCIL_CHAIR -> 2;
            case LABOR_PARTNER -> 3;
            case CONTRACT_SPECIALIST -> 1;
            case IMPROVEMENT_ADVISOR, ALLIANCE_PARTNERSHIP_REPRESENTATIVE -> 0;
        };
    }

    /** The last day of a term starting on {@code start}: the day before its anniversary. */
    public static LocalDate end(Role role, LocalDate start) {
        return start.plusYears(years(role)).minusDays(1);
    }

    /** The day by which a co-lead who is not a steward must become one: six months after taking office. */
    public static LocalDate stewardDeadline(LocalDate termStarts) {
        return termStarts.plusMonths(STEWARD_GRACE_MONTHS);
    }
}
