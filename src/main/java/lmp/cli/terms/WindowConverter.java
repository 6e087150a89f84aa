package lmp.cli.terms;

import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code --within}: a whole number of days, weeks or months: {@code 90d}, {@code 12w}, {@code 3m}. */
final class WindowConverter implements CommandLine.ITypeConverter<Period> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})([dwm])");

    @Override
    public Period convert(String value) {
        Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a window; write a number of days, weeks or "
                    + "months such as 90d, 12w or 3m");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            default -> Period.ofMonths(n);
        };
    }
}
