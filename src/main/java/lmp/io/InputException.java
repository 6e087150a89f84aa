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
        this.problems = bounded(problems);
    }

    /** At most {@link Limits#MAX_PROBLEMS} problems and one line saying how many more, whoever collected them. */
    private static List<Problem> bounded(List<Problem> problems) {
        if (problems.size() <= Limits.MAX_PROBLEMS + 1) {
            return List.copyOf(problems);
        }
        List<Problem> kept = new java.util.ArrayList<>(problems.subList(0, Limits.MAX_PROBLEMS));
        List<Problem> rest = problems.subList(Limits.MAX_PROBLEMS, problems.size());
        kept.add(Problems.andMore(problems.get(problems.size() - 1).source(), rest.size(),
                rest.stream().anyMatch(Problem::isError)));
        return List.copyOf(kept);
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
