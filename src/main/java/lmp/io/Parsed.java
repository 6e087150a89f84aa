package lmp.io;

import java.util.List;
import java.util.Optional;

/**
 * The result of reading an input: the value when it could be built, and every problem found.
 * A value may be present together with warnings; with errors it is usually absent.
 */
public record Parsed<T>(Optional<T> value, List<Problem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
    }

    public static <T> Parsed<T> of(T value, Problems problems) {
        return new Parsed<>(problems.hasErrors() ? Optional.empty() : Optional.of(value), problems.sorted());
    }

    public static <T> Parsed<T> failed(Problems problems) {
        return new Parsed<>(Optional.empty(), problems.sorted());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The value, or throws {@link InputException} carrying the problems. */
    public T orThrow() {
        if (hasErrors() || value.isEmpty()) {
            throw new InputException(problems);
        }
        return value.get();
    }
}
