package lmp.io;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A directory that several output files go into. File names derived from data (a UBT id, an
 * election title) are turned into safe names that can never leave the directory.
 */
public record OutputDirectory(Path dir) {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,10}$");
    /** Longest name made from data: well under the 255 bytes file systems allow. */
    public static final int MAX_NAME_CHARS = 120;

    /**
     * A file name made from data: unsafe characters become '-', no leading dots, never empty, at most
     * {@link #MAX_NAME_CHARS} characters - cut in the part before the extension, so that a
     * 5,000-character plan id still gives {@code ID.ics}, {@code ID.md}, {@code ID.csv} and
     * {@code ID.html} as four different files.
     */
    public static String safeName(String fromData) {
        String s = UNSAFE.matcher(fromData).replaceAll("-");
        while (s.startsWith(".") || s.startsWith("-")) {
            s = s.substring(1);
        }
        var ext = EXTENSION.matcher(s);
        String extension = ext.find() && ext.start() > 0 ? s.substring(ext.start()) : "";
        String base = s.substring(0, s.length() - extension.length());
        if (base.isEmpty()) {
            base = "unnamed";
        }
        if (base.length() + extension.length() > MAX_NAME_CHARS) {
            base = base.substring(0, MAX_NAME_CHARS - extension.length());
        }
        return base + extension;
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
