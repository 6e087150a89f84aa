package lmp.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One writer at a time for a roster or an election file: an advisory {@link FileChannel#lock} on a
 * lock file beside it ({@code .NAME.lock}, which stays there and is empty). A command takes the
 * lock before it reads the file it will change and releases it after its transaction committed, so
 * two commands can never both read the old file and each write their own new one (a lost update).
 *
 * <p>File locks belong to the process, so threads of one JVM are kept apart by a semaphore per
 * lock file as well. A writer that cannot get the lock within the wait gets a {@link
 * BusyException} (exit 75) and changes nothing. After taking the lock, a transaction of an earlier
 * run that was interrupted (killed, power cut) while it changed the file is completed or undone
 * first (see {@link FileTransaction#recover}), so every command starts from a consistent state.
 */
public final class WriterLock implements AutoCloseable {
    /** How long a command waits for another lmp to finish before it gives up with exit 75. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private static final long POLL_MILLIS = 25;

    /* Threads of this JVM holding or waiting for a lock file: FileChannel locks cannot tell them apart. */
    private static final Map<Path, Semaphore> LOCAL = new ConcurrentHashMap<>();
    private static final Map<Path, Thread> OWNERS = new ConcurrentHashMap<>();

    private final Path guarded;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Semaphore local;
    private boolean released;

    private WriterLock(Path guarded, Path lockFile, FileChannel channel, FileLock lock, Semaphore local) {
        this.guarded = guarded;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.local = local;
    }

    /**
     * Takes the lock for {@code guarded} (which need not exist yet), waiting up to {@code wait} for
     * another writer to finish.
     *
     * @throws BusyException  another process or thread holds it past the wait (exit 75)
     * @throws OutputException the lock file cannot be created (exit 73)
     */
    public static WriterLock acquire(Path guarded, Duration wait) {
        Path real = realTarget(guarded);
        Path lockFile = lockFileFor(real);
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore local = LOCAL.computeIfAbsent(lockFile, k -> new Semaphore(1, true));
        try {
            if (!local.tryAcquire(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)) {
                throw busy(guarded);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(guarded);
        }
        FileChannel channel = null;
        boolean held = false;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = null;
            while (lock == null) {
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held through another channel of this JVM; the semaphore makes that transient
                }
                if (lock == null) {
                    if (System.nanoTime() > deadline) {
                        throw busy(guarded);
                    }
                    Thread.sleep(POLL_MILLIS);
                }
            }
            WriterLock writerLock = new WriterLock(real, lockFile, channel, lock, local);
            held = true;
            OWNERS.put(lockFile, Thread.currentThread());
            try {
                FileTransaction.recover(real);
            } catch (RuntimeException e) {
                writerLock.close();
                throw e;
            }
            return writerLock;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(guarded);
        } catch (AccessDeniedException e) {
            throw new OutputException(guarded + ": cannot create the lock file " + lockFile.getFileName()
                    + " beside it (permission denied); lmp needs to write in that directory");
        } catch (IOException e) {
            throw new OutputException(guarded + ": cannot create the lock file " + lockFile.getFileName()
                    + " beside it: " + e.getMessage());
        } finally {
            if (!held) {
                if (channel != null) {
                    try {
                        channel.close(); // also releases a lock taken just before a failure
                    } catch (IOException ignored) {
                        // closing a lock file we did not keep; nothing was written to it
                    }
                }
                local.release();
            }
        }
    }

    /** The file this lock guards, with symbolic links followed (the lock sits beside the real file). */
    public Path guarded() {
        return guarded;
    }

    /** Whether the current thread holds the lock for {@code guarded}. */
    public static boolean heldByCurrentThread(Path guarded) {
        return OWNERS.get(lockFileFor(realTarget(guarded))) == Thread.currentThread();
    }

    @Override
    public void close() {
        if (released) {
            return;
        }
        released = true;
        OWNERS.remove(lockFile);
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case; the process exit would too.
        } finally {
            local.release();
        }
    }

    private static BusyException busy(Path guarded) {
        return new BusyException("another lmp is changing " + guarded + "; try again");
    }

    static Path lockFileFor(Path real) {
        return real.resolveSibling("." + real.getFileName() + ".lock");
    }

    /**
     * The absolute, normalised path of the file a path names, following symbolic links (also a
     * dangling one, to where it would create the file), so that two spellings of one file share
     * one lock and one journal.
     */
    static Path realTarget(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                break; // unreadable link: lock the link's own name
            }
        }
        Path parent = p.getParent();
        if (parent != null && Files.isDirectory(parent)) {
            try {
                p = parent.toRealPath().resolve(p.getFileName());
            } catch (IOException e) {
                // keep the normalised path; the directory exists but cannot be resolved (permissions)
            }
        }
        return p;
    }
}
