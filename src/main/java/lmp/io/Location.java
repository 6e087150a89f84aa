package lmp.io;

import java.util.Objects;

/** A place in an input: file name (as the user gave it), 1-based line and column, 0 when unknown. */
public record Location(String source, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(source, "source");
    }

    public static Location of(String source) {
        return new Location(source, 0, 0);
    }

    public static Location of(String source, int line) {
        return new Location(source, line, 0);
    }

    public String render() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    @Override
    public int compareTo(Location o) {
        int c = source.compareTo(o.source);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return render();
    }
}
