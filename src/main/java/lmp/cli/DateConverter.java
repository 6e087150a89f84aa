package lmp.cli;

import java.time.LocalDate;
import picocli.CommandLine;

/**
 * Parses dates on the command line as YYYY-MM-DD, strictly (2026-02-30 is refused, not rolled over;
 * so are +10000-01-01 and digits other than 0-9), by the same rule as dates in files ({@link lmp.io.Text#isoDate}).
 */
public final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        return lmp.io.Text.isoDate(value.strip()).orElseThrow(() -> new CommandLine.TypeConversionException("'"
                + lmp.io.Text.shown(value) + "' is not a valid date; write it as YYYY-MM-DD"));
    }
}
