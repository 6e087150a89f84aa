package lmp.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found while reading or checking an input, so the user sees all of them
 * at once instead of fixing one per run. Not thread-safe; one per read.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem p) {
        list.add(p);
    }

    public void addAll(List<Problem> ps) {
        list.addAll(ps);
    }

    public void error(Location at, String message) {
        add(Problem.error(at, message));
    }

    public void warning(Location at, String message) {
        add(Problem.warning(at, message));
    }

    public boolean hasErrors() {
        for (Problem p : list) {
            if (p.isError()) return true;
        }
        return false;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** Problems in file order (source, line, column), stable for problems at the same place. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(Problem::location));
        return List.copyOf(copy);
    }

    public List<Problem> asList() {
        return List.copyOf(list);
    }
}
