package lmp.io;

import java.util.Objects;

/**
 * One thing wrong with an input, located in its file. Rendered as {@code file:line[:column]: message},
 * the convention of compilers, so editors and terminals can jump to it. Line and column are 1-based;
 * 0 means "not known" and is left out when rendered.
 */
public record Problem(String source, int line, int column, Severity severity, String message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    public static Problem error(Location at, String message) {
        return new Problem(at.source(), at.line(), at.column(), Severity.ERROR, message);
    }

    public static Problem warning(Location at, String message) {
        return new Problem(at.source(), at.line(), at.column(), Severity.WARNING, message);
    }

    public Location location() {
        return new Location(source, line, column);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: message}; warnings carry a {@code warning:} prefix on the message. */
    public String render() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return location().render() + ": " + prefix + message;
    }

    @Override
    public String toString() {
        return render();
    }
}
