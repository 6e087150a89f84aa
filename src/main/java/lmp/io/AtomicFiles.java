package lmp.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way lmp writes a file: into a temporary file in the same directory, flushed and synced
 * to disk, then moved over the target in one atomic rename. A reader (or a crash) sees either the
 * old file whole or the new file whole, never a half-written one, and an existing file is only
 * replaced when the user said {@code --force}.
 */
public final class AtomicFiles {

    /*
     * Temporary files being written right now. If the process is stopped (Ctrl-C, SIGTERM from
     * cron or a test) the shutdown hook removes them, so an interrupted run leaves the old file
     * and nothing else. This is the one piece of process-wide state in lmp: a shutdown hook is
     * process-wide by nature. After SIGKILL or a power cut no code runs; the old file is still
     * intact and a hidden '.NAME.*.tmp' file may remain next to it.
     */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removeInFlight, "lmp-remove-temporary-files"));
    }

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
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new OutputException(target + ": is a directory; give a file name");
        }
        if (Files.exists(absolute) && !force) {
            throw new OutputException(target + ": already exists; use --force to overwrite it");
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp", attributes(dir, privacy));
            IN_FLIGHT.add(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            IN_FLIGHT.remove(tmp);
            tmp = null;
            syncDirectory(dir);
        } catch (AccessDeniedException e) {
            throw new OutputException(target + ": permission denied; choose another place or fix the permissions", e);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            throw new OutputException(target + ": cannot write: " + reason, e);
        } catch (IOException e) {
            throw new OutputException(target + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                IN_FLIGHT.remove(tmp);
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The write already failed and is being reported; a stray temporary file is
                    // named after the target and starts with a dot, so it is easy to find.
                }
            }
        }
    }

    public static void write(Path target, boolean force, Body body) {
        write(target, force, Privacy.PUBLIC, body);
    }

    private static void removeInFlight() {
        for (Path p : IN_FLIGHT) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // The process is exiting; there is no one left to tell. The target file is intact.
            }
        }
    }

    private static FileAttribute<?>[] attributes(Path dir, Privacy privacy) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> perms = privacy == Privacy.PERSONAL
                ? PosixFilePermissions.fromString("rw-------")
                : PosixFilePermissions.fromString("rw-r--r--");
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)};
    }

    private static void syncDirectory(Path dir) {
        // Make the rename itself durable. Not every platform lets a directory be opened; that is
        // not an error, the file is already complete and in place.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort only, see above
        }
    }
}
