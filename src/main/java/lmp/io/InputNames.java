package lmp.io;

import java.nio.file.Path;

/**
 * How a report, an audit record or a certificate names an input: never the path as typed, which
 * depends on the working directory and the spelling ({@code x.yaml}, {@code ./x.yaml},
 * {@code /home/a/x.yaml}), but relative to the election file's directory, with '/' - or, for a
 * ballot file counted on its own, by its file name. So the same files give the same bytes from
 * anywhere.
 */
public final class InputNames {
    private InputNames() {
    }

    /**
     * The name of {@code input} (as typed) in the report of a command whose main file is
     * {@code main} (as typed): an election file (.yaml/.yml) names its own directory as the base;
     * any other main file is named by its file name, and so are its inputs.
     */
    public static String inReport(String main, String input) {
        if (input.startsWith("<") || "-".equals(input)) {
            return input.equals("-") ? "<stdin>" : input; // standard input has no path to depend on
        }
        Path in = Path.of(input).toAbsolutePath().normalize();
        String lower = main.toLowerCase(java.util.Locale.ROOT);
        if ("-".equals(main) || !(lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            return in.getFileName().toString();
        }
        Path base = Path.of(main).toAbsolutePath().normalize().getParent();
        return base == null ? in.getFileName().toString() : slashes(base.relativize(in));
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
