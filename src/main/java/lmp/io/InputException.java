package lmp.io;

import java.util.List;

/**
 * Thrown at the edge (readers, commands) when an input cannot be used; carries the located problems.
 * The CLI turns it into one line per problem and exit code 65 (EX_DATAERR). Domain code returns
 * problems as values instead of throwing this.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).render(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public static InputException at(Location where, String message) {
        return new InputException(Problem.error(where, message));
    }

    public List<Problem> problems() {
        return problems;
    }
}
