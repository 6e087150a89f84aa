package lmp.bargaining.formats;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The English name of a date's day of the week. Apart from {@link PlanCalendar} so that the text,
 * Markdown and chart reports, which name weekdays too, do not load the calendar library.
 */
final class Weekday {
    private Weekday() {
    }

    /** "Thursday", independent of the machine's locale. */
    static String of(LocalDate d) {
        String name = d.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
