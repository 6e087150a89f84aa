package lmp.roster.formats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an export writes its dates, as a mapping file declares it ({@code dates: MM/DD/YYYY}): the
 * letters YYYY (four-digit year), MM or M (month, two digits or one or two), DD or D (day), each once,
 * separated by '-', '/', '.' or a space. Only ASCII digits are read, a day must exist in the calendar
 * (02/30/2026 is refused, not rolled over) and a date that does not have the declared shape is
 * refused rather than guessed at: 03/04/2026 is the 4th of March under MM/DD/YYYY and the 3rd of
 * April under DD/MM/YYYY, and only the mapping can say which.
 */
public record DateForm(String pattern, Pattern shape, DateTimeFormatter formatter) {
    /** The roster's own form. */
    static final DateForm ISO = of("YYYY-MM-DD").orElseThrow();

    static Optional<DateForm> of(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder java = new StringBuilder();
        int years = 0;
        int months = 0;
        int days = 0;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) run++;
            switch (c) {
                case 'Y' -> {
                    if (run != 4) return Optional.empty();
                    years++;
                    regex.append("[0-9]{4}");
                    java.append("uuuu");
                }
                case 'M', 'D' -> {
                    if (run > 2) return Optional.empty();
                    if (c == 'M') months++;
                    else days++;
                    regex.append(run == 2 ? "[0-9]{2}" : "[0-9]{1,2}");
                    java.append(c == 'M' ? (run == 2 ? "MM" : "M") : (run == 2 ? "dd" : "d"));
                }
                case '-', '/', '.', ' ' -> {
                    regex.append(Pattern.quote(pattern.substring(i, i + run)));
                    java.append("'").append(pattern, i, i + run).append("'");
                }
                default -> {
                    return Optional.empty();
                }
            }
            i += run;
        }
        if (years != 1 || months != 1 || days != 1) return Optional.empty();
        return Optional.of(new DateForm(pattern, Pattern.compile(regex.toString()),
                DateTimeFormatter.ofPattern(java.toString(), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)));
    }

    /** The date, or empty when the text does not have this form or names no real day. */
    Optional<LocalDate> parse(String text) {
        if (!shape.matcher(text).matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text, formatter));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the text has this form's shape (so a refusal means: no such day). */
    boolean shaped(String text) {
        return shape.matcher(text).matches();
    }
}
