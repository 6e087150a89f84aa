package lmp.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The one way lmp writes a single file: into a temporary file in the same directory, flushed and
 * synced to disk, then moved over the target in one atomic rename. A reader (or a crash) sees
 * either the old file whole or the new file whole, never a half-written one, and an existing file
 * is only replaced when the user said {@code --force}. A command that writes several files uses a
 * {@link FileTransaction}, which this is the one-file case of (same checks: no directories, FIFOs
 * or devices; a symbolic link only with {@code --force}, and then its target is written).
 */
public final class AtomicFiles {

    /** Writes the body of a file to a stream; may throw {@link IOException}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Whether the file holds personal data (rosters, voter lists) and so is made owner-readable only. */
    public enum Privacy { PUBLIC, PERSONAL }

    private AtomicFiles() {
    }

    public static void write(Path target, boolean force, Privacy privacy, Body body) {
        try (FileTransaction tx = FileTransaction.single()) {
            tx.stage(target, privacy, body, force);
            tx.commit();
        }
    }

    public static void write(Path target, boolean force, Body body) {
        write(target, force, Privacy.PUBLIC, body);
    }
}
