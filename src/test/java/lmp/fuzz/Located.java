package lmp.fuzz;

import lmp.io.InputException;
import lmp.io.Problem;

/** The part of the fuzzing contract that a caught error must meet: located, one line, non-empty. */
final class Located {
    private Located() {
    }

    static void check(InputException e) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("an input error without any problem");
        }
        for (Problem p : e.problems()) {
            String line = p.render();
            if (p.source().isEmpty() || p.message().isBlank() || line.contains("\n")) {
                throw new AssertionError("problem is not one located line: " + line);
            }
        }
    }
}
