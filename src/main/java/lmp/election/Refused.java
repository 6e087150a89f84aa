package lmp.election;

import java.util.List;
import lmp.io.Problem;

/**
 * A step of the life cycle refused: the election is in the wrong stage, its audit trail was
 * altered, or an item blocks certification. One line per reason; the command exits 1 and writes
 * nothing.
 */
public final class Refused extends RuntimeException {
    private final transient List<Problem> problems;

    public Refused(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).render(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
