package lmp.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found while reading or checking an input, so the user sees all of them
 * at once instead of fixing one per run. Keeps the first {@link Limits#MAX_PROBLEMS} and counts the
 * rest, so a file of a million bad lines costs neither memory nor a million lines of output. Not
 * thread-safe; one per read.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private long more;
    private boolean moreErrors;
    private String lastSource = "";

    public void add(Problem p) {
        lastSource = p.source();
        if (list.size() < Limits.MAX_PROBLEMS) {
            list.add(p);
        } else {
            more++;
            moreErrors |= p.isError();
        }
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
        if (moreErrors) return true;
        for (Problem p : list) {
            if (p.isError()) return true;
        }
        return false;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Problems found, including those only counted. */
    public long size() {
        return list.size() + more;
    }

    /** Problems in file order (source, line, column), stable for problems at the same place; then "and N more". */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(Problem::location));
        if (more > 0) {
            copy.add(andMore(lastSource, more, moreErrors));
        }
        return List.copyOf(copy);
    }

    public List<Problem> asList() {
        List<Problem> copy = new ArrayList<>(list);
        if (more > 0) {
            copy.add(andMore(lastSource, more, moreErrors));
        }
        return List.copyOf(copy);
    }

    /** The last line of a list cut at {@link Limits#MAX_PROBLEMS}. */
    public static Problem andMore(String source, long more, boolean errors) {
        String text = "and " + more + " more problem" + (more == 1 ? "" : "s") + " not shown; fix the ones above first "
                + "(so many are usually one mistake repeated, or the wrong file)";
        return errors ? Problem.error(Location.of(source), text) : Problem.warning(Location.of(source), text);
    }
}
