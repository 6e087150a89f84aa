package lmp.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * All the files one command writes, changed together or not at all.
 *
 * <pre>
 * try (var lock = WriterLock.acquire(electionFile, WriterLock.DEFAULT_WAIT);
 *      var tx = new FileTransaction(lock)) {
 *     tx.stage(electionFile, Privacy.PERSONAL, out -> ..., true);
 *     tx.stage(auditLog, Privacy.PUBLIC, out -> ..., true);
 *     tx.commit();
 * }
 * </pre>
 *
 * <p>{@link #stage} checks the target (never a directory, a FIFO or a device; a symbolic link or
 * an existing file only when {@code replaceExisting}, and then the file the link points to is
 * written), writes the whole body into a temporary file {@code .NAME.*.tmp} beside it and syncs it
 * to disk. Nothing the user sees changes until {@link #commit}: it checks every target again, writes
 * the commit record into a journal ({@code .NAME.*.journal} beside the locked file, or beside the
 * first target), keeps a hard link {@code .NAME.*.old} to each file it replaces, renames every
 * temporary file over its target and syncs the directories, then removes the journal and the old
 * copies.
 *
 * <p>Any failure before the commit record leaves every target as it was (exit 73, {@link
 * OutputException}). A failure after it is undone from the old copies before the exception is
 * thrown. If the process dies at any point (SIGKILL, power cut), the next {@link WriterLock#acquire}
 * of the file reads the journal: with a commit record it renames the remaining temporary files
 * (roll forward), without one it deletes them (roll back). Either way every file is again all old
 * or all new. {@link #close} without a commit removes the temporary files.
 */
public final class FileTransaction implements AutoCloseable {

    /** A step of writing files, where a test may inject a failure (see {@link #injectFaults}). */
    public enum Step { JOURNAL, CREATE_TEMP, WRITE, SYNC, COMMIT_POINT, BACKUP, RENAME, SYNC_DIRECTORY, CLEANUP, UNDO }

    /** Called before every file-system step; a test throws from it to simulate a failing disk or a crash. */
    @FunctionalInterface
    public interface Faults {
        void before(Step step, Path path) throws IOException;
    }

    private static final Faults NONE = (step, path) -> { };

    /*
     * A test seam, per thread so that tests running side by side do not see each other's faults.
     * Production code never sets it.
     */
    private static final ThreadLocal<Faults> FAULTS = ThreadLocal.withInitial(() -> NONE);

    /*
     * Temporary files being written right now. If the process is stopped (Ctrl-C, SIGTERM from
     * cron or a test) the shutdown hook removes them, so an interrupted run leaves the old files.
     * A shutdown hook is process-wide by nature. Temporary files named in a committed journal are
     * taken out of this set first: they are the new files that recovery renames into place.
     */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(FileTransaction::removeInFlight, "lmp-remove-temporary-files"));
    }

    private static final String HEADER = "lmp-transaction 1";

    private enum State { OPEN, COMMITTED, FAILED, CLOSED }

    private record Entry(String shown, Path target, Path temp, Path old, boolean replaceExisting) {
    }

    private final Path anchor;
    private final boolean journaled;
    private final List<Entry> entries = new ArrayList<>();
    private Path journal;
    private State state = State.OPEN;

    /** A transaction whose journal sits beside its first staged file. */
    public FileTransaction() {
        this(null, true);
    }

    /** A transaction under a writer lock: its journal sits beside the locked file, where the next lock holder finds it. */
    public FileTransaction(WriterLock lock) {
        this(lock.guarded(), true);
    }

    private FileTransaction(Path anchor, boolean journaled) {
        this.anchor = anchor;
        this.journaled = journaled;
    }

    /** One file written atomically: a single rename needs no journal. */
    static FileTransaction single() {
        return new FileTransaction(null, false);
    }

    /**
     * For tests: every file step of this thread calls {@code faults} first until the returned handle
     * is closed.
     */
    public static AutoCloseable injectFaults(Faults faults) {
        FAULTS.set(faults);
        return FAULTS::remove;
    }

    private static void fault(Step step, Path path) throws IOException {
        FAULTS.get().before(step, path);
    }

    /**
     * Writes {@code body} into a synced temporary file beside {@code target}; the target itself is
     * not touched until {@link #commit}.
     *
     * @throws OutputException the target cannot or may not be written; the transaction is then
     *                         rolled back (every temporary file removed)
     */
    public void stage(Path target, AtomicFiles.Privacy privacy, AtomicFiles.Body body, boolean replaceExisting) {
        if (state != State.OPEN) {
            throw new IllegalStateException("transaction already " + state.name().toLowerCase(Locale.ROOT));
        }
        String shown = target.toString();
        try {
            Path real = checkTarget(target, replaceExisting);
            for (Entry e : entries) {
                if (e.target().equals(real)) {
                    throw new IllegalStateException(shown + " is staged twice in one transaction");
                }
            }
            Path dir = real.getParent();
            Files.createDirectories(dir);
            String base = "." + shortName(real.getFileName().toString()) + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Entry entry = new Entry(shown, real, dir.resolve(base + ".tmp"), dir.resolve(base + ".old"), replaceExisting);
            if (journaled) {
                appendToJournal(real, "file\t" + escape(entry.temp()) + "\t" + escape(real) + "\t" + escape(entry.old()));
            }
            entries.add(entry);
            fault(Step.CREATE_TEMP, entry.temp());
            IN_FLIGHT.add(entry.temp());
            try (FileChannel ch = FileChannel.open(entry.temp(), Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    attributes(dir, privacy))) {
                OutputStream out = Channels.newOutputStream(ch);
                fault(Step.WRITE, entry.temp());
                body.writeTo(out);
                out.flush();
                fault(Step.SYNC, entry.temp());
                ch.force(true);
            }
        } catch (IOException e) {
            abort();
            throw cannotWrite(shown, e);
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    /**
     * Makes every staged file visible at once (see the class comment for the order). Afterwards
     * either every target holds its new content, or (exception) every target is as it was.
     */
    public void commit() {
        if (state != State.OPEN) {
            throw new IllegalStateException("transaction already " + state.name().toLowerCase(Locale.ROOT));
        }
        boolean[] existed = new boolean[entries.size()];
        try {
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                // again: another program may have created or replaced a target since it was staged
                if (!checkTarget(e.target(), e.replaceExisting()).equals(e.target())) {
                    throw new OutputException(e.shown() + ": changed into a link while lmp was writing it; run again");
                }
                existed[i] = Files.exists(e.target(), LinkOption.NOFOLLOW_LINKS);
            }
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
        for (Entry e : entries) {
            IN_FLIGHT.remove(e.temp()); // from here on they are the new files, not litter
        }
        if (journal != null) {
            StringBuilder flags = new StringBuilder();
            for (boolean b : existed) {
                flags.append(b ? '1' : '0');
            }
            try {
                fault(Step.COMMIT_POINT, journal);
                append(journal, "commit\t" + flags);
            } catch (IOException e) {
                abort();
                throw cannotWrite(entries.get(0).shown(), e);
            }
        }
        int renamed = 0;
        try {
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (journal != null && existed[i]) {
                    fault(Step.BACKUP, e.old());
                    keepOld(e.target(), e.old());
                }
                fault(Step.RENAME, e.target());
                move(e.temp(), e.target());
                renamed++;
            }
        } catch (IOException | RuntimeException e) {
            boolean undone = undo(renamed, existed);
            state = State.FAILED;
            String shown = renamed < entries.size() ? entries.get(renamed).shown() : entries.get(0).shown();
            OutputException failure = e instanceof IOException io ? cannotWrite(shown, io)
                    : new OutputException(shown + ": cannot write: " + e.getMessage(), e);
            if (!undone) {
                throw new OutputException(failure.getMessage() + "; the files could not all be put back now, lmp will do it "
                        + "the next time it changes " + (anchor != null ? anchor.getFileName() : entries.get(0).target().getFileName()), e);
            }
            throw failure;
        }
        state = State.COMMITTED;
        Set<Path> dirs = new LinkedHashSet<>();
        for (Entry e : entries) {
            dirs.add(e.target().getParent());
        }
        for (Path dir : dirs) {
            syncDirectory(dir);
        }
        // The new files are in place; what follows is tidying, which recovery repeats if it fails.
        boolean tidy = true;
        for (Entry e : entries) {
            tidy &= deleteQuietly(e.old());
        }
        if (journal != null && tidy) {
            deleteQuietly(journal); // kept while an old copy is left, so that recovery removes it
        }
    }

    /** Removes the temporary files of a transaction that was not committed; harmless after a commit. */
    @Override
    public void close() {
        if (state == State.OPEN) {
            abort();
        }
        if (state == State.COMMITTED || state == State.FAILED) {
            state = State.CLOSED;
        }
    }

    private void abort() {
        state = State.FAILED;
        boolean clean = true;
        for (Entry e : entries) {
            IN_FLIGHT.remove(e.temp());
            clean &= deleteQuietly(e.temp());
        }
        if (journal != null && clean) {
            deleteQuietly(journal);
        }
    }

    /** Puts back the first {@code renamed} targets and removes the rest; true when every step worked. */
    private boolean undo(int renamed, boolean[] existed) {
        boolean ok = true;
        try {
            fault(Step.UNDO, journal == null ? entries.get(0).target() : journal);
            if (journal != null) {
                append(journal, "rollback");
            }
        } catch (IOException e) {
            return false; // the journal says commit: recovery would roll forward, which is consistent too
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            try {
                fault(Step.UNDO, e.target());
                if (i < renamed) {
                    if (existed[i]) {
                        move(e.old(), e.target());
                    } else {
                        Files.deleteIfExists(e.target());
                    }
                } else {
                    Files.deleteIfExists(e.temp());
                    Files.deleteIfExists(e.old());
                }
            } catch (IOException | RuntimeException x) {
                ok = false;
            }
        }
        if (ok && journal != null) {
            ok = deleteQuietly(journal);
        }
        return ok;
    }

    /**
     * Finishes or undoes every interrupted transaction whose journal sits beside {@code guarded};
     * called by {@link WriterLock#acquire} while the lock is held, so no other writer is active.
     * Returns what it did, one line per journal (empty when there was nothing to do).
     */
    public static List<String> recover(Path guarded) {
        Path real = WriterLock.realTarget(guarded);
        Path dir = real.getParent();
        List<String> done = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return done;
        }
        String prefix = "." + shortName(real.getFileName().toString()) + ".";
        List<Path> journals = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".journal");
        })) {
            s.forEach(journals::add);
        } catch (IOException e) {
            throw new OutputException(guarded + ": cannot look for an interrupted change beside it: " + e.getMessage(), e);
        }
        journals.sort(null);
        for (Path j : journals) {
            try {
                done.add(recoverOne(j));
            } catch (IOException e) {
                throw new OutputException(guarded + ": cannot finish a change an earlier lmp run left unfinished ("
                        + j.getFileName() + "): " + e.getMessage(), e);
            }
        }
        return done;
    }

    private static String recoverOne(Path journal) throws IOException {
        List<String> lines = completeLines(Files.readAllBytes(journal));
        List<Path[]> files = new ArrayList<>();
        String flags = null;
        boolean rollback = false;
        if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("file") && f.length == 4) {
                    files.add(new Path[] {Path.of(unescape(f[1])), Path.of(unescape(f[2])), Path.of(unescape(f[3]))});
                } else if (f[0].equals("commit") && f.length == 2 && f[1].length() == files.size()) {
                    flags = f[1];
                } else if (f[0].equals("rollback")) {
                    rollback = true;
                }
            }
        }
        String what;
        if (flags == null) {
            for (Path[] f : files) {
                fault(Step.UNDO, f[0]);
                Files.deleteIfExists(f[0]);
            }
            what = "removed the temporary files of an unfinished change (" + files.size() + " files, none changed)";
        } else if (!rollback) {
            for (Path[] f : files) {
                if (Files.exists(f[0], LinkOption.NOFOLLOW_LINKS)) {
                    fault(Step.RENAME, f[1]);
                    move(f[0], f[1]);
                }
            }
            what = "completed an interrupted change (" + files.size() + " files)";
        } else {
            for (int i = files.size() - 1; i >= 0; i--) {
                Path[] f = files.get(i);
                fault(Step.UNDO, f[1]);
                if (flags.charAt(i) == '1') {
                    if (Files.exists(f[2], LinkOption.NOFOLLOW_LINKS)) {
                        move(f[2], f[1]);
                    }
                } else if (!Files.exists(f[0], LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(f[1]);
                }
                Files.deleteIfExists(f[0]);
            }
            what = "undid an interrupted change (" + files.size() + " files put back)";
        }
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path[] f : files) {
            dirs.add(f[1].getParent());
        }
        for (Path d : dirs) {
            syncDirectory(d);
        }
        for (Path[] f : files) {
            fault(Step.CLEANUP, f[2]);
            Files.deleteIfExists(f[2]);
        }
        fault(Step.CLEANUP, journal);
        Files.deleteIfExists(journal);
        syncDirectory(journal.getParent());
        return what;
    }

    /**
     * Where a write to {@code target} goes, after the checks every output passes: not a directory;
     * never a FIFO, socket or device (not even with --force: replacing one with a regular file
     * would break whatever uses it); a symbolic link only when replacing is allowed, and then its
     * target is written; an existing file only when replacing is allowed.
     */
    static Path checkTarget(Path target, boolean replaceExisting) {
        Path abs = target.toAbsolutePath();
        if (Files.isSymbolicLink(abs) && !replaceExisting) {
            throw new OutputException(target + ": is a symbolic link; use --force to write to the file it points to");
        }
        Path real = WriterLock.realTarget(abs);
        if (Files.isDirectory(real)) {
            throw new OutputException(target + ": is a directory; give a file name");
        }
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputException(target + ": is not a regular file (a FIFO, socket or device); lmp never replaces one, "
                        + "not even with --force; write to a regular file, or to standard output with '-'");
            }
            if (!replaceExisting) {
                throw new OutputException(target + ": already exists; use --force to overwrite it");
            }
        }
        return real;
    }

    static OutputException cannotWrite(String shown, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new OutputException(shown + ": permission denied; choose another place or fix the permissions", e);
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (reason.toLowerCase(Locale.ROOT).contains("no space left")) {
            return new OutputException(shown + ": cannot write: no space left on the device; free some space and run again "
                    + "(nothing was changed)", e);
        }
        if (e instanceof NoSuchFileException) {
            reason = "no such file or directory";
        }
        return new OutputException(shown + ": cannot write: " + reason, e);
    }

    private void appendToJournal(Path firstTarget, String line) throws IOException {
        if (journal == null) {
            Path beside = anchor != null ? anchor : firstTarget;
            Path j = beside.resolveSibling("." + shortName(beside.getFileName().toString()) + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".journal");
            Files.createDirectories(j.getParent());
            fault(Step.JOURNAL, j);
            try (FileChannel ch = FileChannel.open(j, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    attributes(j.getParent(), AtomicFiles.Privacy.PERSONAL))) {
                ch.write(java.nio.ByteBuffer.wrap((HEADER + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            journal = j;
            syncDirectory(j.getParent());
        }
        fault(Step.JOURNAL, journal);
        append(journal, line);
    }

    private static void append(Path file, String line) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }

    /** The lines that ended with a line break: a line cut short by a crash is not part of the journal. */
    private static List<String> completeLines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        return List.of(text.substring(0, end).split("\n", -1));
    }

    private static void keepOld(Path target, Path old) throws IOException {
        try {
            Files.createLink(old, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            // no hard links here (some network shares): a synced copy serves the same purpose
            Files.copy(target, old, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel ch = FileChannel.open(old, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares) cannot rename atomically; the file is complete
            // and synced, so a plain replace is the closest they offer. Not an error to report.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean deleteQuietly(Path p) {
        try {
            fault(Step.CLEANUP, p);
            Files.deleteIfExists(p);
            return true;
        } catch (IOException | RuntimeException e) {
            // Tidying after a failure that is already being reported, or after a finished commit:
            // what remains is a hidden file named after the target, removed by the next recovery.
            return false;
        }
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

    /** Temporary names stay well inside the 255-byte limit of a file name however long the target's is. */
    private static String shortName(String name) {
        return name.length() <= 80 ? name : name.substring(0, 80);
    }

    private static FileAttribute<?>[] attributes(Path dir, AtomicFiles.Privacy privacy) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        String perms = privacy == AtomicFiles.Privacy.PERSONAL ? "rw-------" : "rw-r--r--";
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))};
    }

    static void syncDirectory(Path dir) {
        // Make renames durable. Not every platform lets a directory be opened; that is not an
        // error, the files are already complete and in place.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            fault(Step.SYNC_DIRECTORY, dir);
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort only, see above
        }
    }

    private static String escape(Path p) {
        String s = p.toString();
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '%' -> sb.append("%25");
                case '\t' -> sb.append("%09");
                case '\n' -> sb.append("%0A");
                case '\r' -> sb.append("%0D");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        return s.replace("%09", "\t").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
