package lmp.cli.terms;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import picocli.CommandLine;

/** {@code --month YYYY-MM}, strictly. */
final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public YearMonth convert(String value) {
        try {
            return YearMonth.parse(value.strip(), FORM);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a month; write it as YYYY-MM, e.g. 2026-07");
        }
    }
}
