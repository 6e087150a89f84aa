package lmp.io;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A directory that several output files go into. File names derived from data (a UBT id, an
 * election title) are turned into safe names that can never leave the directory.
 */
public record OutputDirectory(Path dir) {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    /** A file name made from data: unsafe characters become '-', no leading dots, never empty. */
    public static String safeName(String fromData) {
        String s = UNSAFE.matcher(fromData).replaceAll("-");
        while (s.startsWith(".") || s.startsWith("-")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            s = "unnamed";
        }
        return s.length() > 120 ? s.substring(0, 120) : s;
    }

    /** The path of a file inside the directory; the name is sanitised and checked to stay inside. */
    public Path file(String name) {
        Path resolved = dir.resolve(safeName(name)).normalize();
        if (!resolved.getParent().equals(dir.normalize())) {
            throw new IllegalStateException("safe name escaped the output directory: " + name);
        }
        return resolved;
    }
}
