package lmp.cli.completion;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Which files an option or parameter takes, for shell completion. picocli knows the Java type, but
 * lmp commands take paths as {@code String} (so {@code -} can mean stdin), so the parameter label
 * says what kind of file is wanted. The convention, in one place:
 * <ul>
 *   <li>a label with an extension ({@code ROSTER.yaml}, {@code FILE.csv}) completes files with it;</li>
 *   <li>a label naming a YAML document ({@code ROSTER}, {@code ELECTION}, {@code POLICY}, {@code PLAN},
 *       {@code CONFIG}, {@code YAML}) completes {@code .yaml} and {@code .yml} files;</li>
 *   <li>{@code BALLOTS} completes {@code .blt} and {@code .csv}; {@code CSV} completes {@code .csv};
 *       {@code BLT} completes {@code .blt};</li>
 *   <li>{@code DIR} completes directories only;</li>
 *   <li>{@code FILE}, {@code PATH} or a {@code Path}/{@code File} type completes any file,
 *       unless the description names extensions ({@code "Election .yaml, ballots .blt or .csv."}):
 *       then files with those.</li>
 * </ul>
 */
public final class FileKinds {
    private FileKinds() {
    }

    /** What a shell should offer for one argument. */
    public sealed interface Kind {
    }

    /** Nothing to complete from the file system (a number, a date, a name). */
    public record NoFiles() implements Kind {
    }

    /** Any file. */
    public record AnyFile() implements Kind {
    }

    /** A directory (an {@code --out DIR}): directories only, never files. */
    public record Directory() implements Kind {
    }

    /** Files whose names end with one of these extensions (without the dot). */
    public record Extensions(List<String> extensions) implements Kind {
        public Extensions {
            extensions = List.copyOf(extensions);
        }
    }

    private static final List<String> YAML = List.of("yaml", "yml");

    public static Kind of(ArgSpec arg) {
        if (arg.arity().max() == 0) {
            return new NoFiles();
        }
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        String label = Optional.ofNullable(arg.paramLabel()).orElse("")
                .replaceAll("[<>.\\[\\]]+$", "").replace("<", "").replace(">", "");
        Kind byLabel = ofLabel(label);
        if (label.toUpperCase(Locale.ROOT).equals("DIR") || label.toUpperCase(Locale.ROOT).equals("DIRECTORY")) {
            return new Directory();
        }
        if (byLabel instanceof AnyFile && !label.toUpperCase(Locale.ROOT).startsWith("DIR")) {
            List<String> named = namedExtensions(String.join(" ", arg.description()));
            if (!named.isEmpty()) {
                return new Extensions(named);
            }
        }
        if (!(byLabel instanceof NoFiles)) {
            return byLabel;
        }
        if (Path.class.isAssignableFrom(type) || File.class.isAssignableFrom(type)) {
            return new AnyFile();
        }
        return byLabel;
    }

    private static final Pattern EXTENSION = Pattern.compile("(?<![\\w/<])\\.(yaml|yml|csv|blt|json|ics|md|html|pdf|txt)\\b");

    /** Extensions a description names ({@code "Election .yaml, ballots .blt or ballots .csv."}). */
    static List<String> namedExtensions(String description) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = EXTENSION.matcher(description);
        while (m.find()) {
            found.addAll("yaml".equals(m.group(1)) || "yml".equals(m.group(1)) ? YAML : List.of(m.group(1)));
        }
        return List.copyOf(found);
    }

    static Kind ofLabel(String label) {
        int dot = label.lastIndexOf('.');
        if (dot > 0 && dot < label.length() - 1) {
            String ext = label.substring(dot + 1).toLowerCase(Locale.ROOT);
            return new Extensions("yaml".equals(ext) || "yml".equals(ext) ? YAML : List.of(ext));
        }
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "ROSTER", "ELECTION", "POLICY", "PLAN", "CONFIG", "YAML" -> new Extensions(YAML);
            case "BALLOTS" -> new Extensions(List.of("blt", "csv"));
            case "CSV" -> new Extensions(List.of("csv"));
            case "BLT" -> new Extensions(List.of("blt"));
            case "FILE", "DIR", "DIRECTORY", "PATH", "OUTPUT", "INPUT" -> new AnyFile();
            default -> new NoFiles();
        };
    }
}
