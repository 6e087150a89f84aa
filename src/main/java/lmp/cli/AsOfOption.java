package lmp.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the day rules are judged on. Mixed into every command that judges dates. */
public final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Judge dates as of this day (YYYY-MM-DD). Default: today. Give it in scripts so results are reproducible.")
    LocalDate asOf;

    public Optional<LocalDate> value() {
        return Optional.ofNullable(asOf);
    }
}
