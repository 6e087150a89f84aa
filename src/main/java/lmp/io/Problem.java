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
        source = oneLine(source);
        message = oneLine(message);
    }

    /**
     * Text from the input (a column name, a cell) can hold line breaks and control characters; a
     * problem must stay one line on a terminal and in a log, so these are shown escaped.
     */
    static String oneLine(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                switch (c) {
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append(String.format("\\x%02X", (int) c));
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
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
