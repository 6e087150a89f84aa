package lmp.terms;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How lengths of time are written in policy files and on the command line: a whole number and a
 * unit, {@code y} years, {@code m} months, {@code w} weeks, {@code d} days, optionally combined
 * ({@code 1y6m}). Months and years are calendar months and years ({@link java.time.LocalDate#plus}
 * semantics: 2026-08-31 plus 6 months is 2027-02-28), never a count of days.
 */
public final class PeriodText {
    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,3})y)?(?:(\\d{1,4})m)?(?:(\\d{1,4})w)?(?:(\\d{1,5})d)?");

    private PeriodText() {
    }

    /** The period, or empty when the text is not of the form {@code 2y}, {@code 6m}, {@code 90d}, {@code 1y6m}. */
    public static Optional<Period> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) return Optional.empty();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) return Optional.empty();
        int years = group(m, 1);
        int months = group(m, 2);
        int days = group(m, 3) * 7 + group(m, 4);
        return Optional.of(Period.of(years, months, days));
    }

    private static int group(Matcher m, int i) {
        return m.group(i) == null ? 0 : Integer.parseInt(m.group(i));
    }

    /** The short form, e.g. {@code 2y}, {@code 6m}, {@code 1y6m}, {@code 0d} for zero. */
    public static String format(Period p) {
        if (p.isZero()) return "0d";
        StringBuilder sb = new StringBuilder();
        if (p.getYears() != 0) sb.append(p.getYears()).append('y');
        if (p.getMonths() != 0) sb.append(p.getMonths()).append('m');
        if (p.getDays() != 0) sb.append(p.getDays()).append('d');
        return sb.toString();
    }

    /** In words, e.g. "2 years", "6 months", "1 year 6 months". */
    public static String words(Period p) {
        if (p.isZero()) return "no time";
        StringBuilder sb = new StringBuilder();
        append(sb, p.getYears(), "year");
        append(sb, p.getMonths(), "month");
        append(sb, p.getDays(), "day");
        return sb.toString();
    }

    private static void append(StringBuilder sb, int n, String unit) {
        if (n == 0) return;
        if (sb.length() > 0) sb.append(' ');
        sb.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
    }
}
