package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time, across threads and across processes; a waiting writer gets exit 75's exception. */
class WriterLockTest {

    @Test
    void aSecondWriterInThisJvmWaitsThenIsBusy(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("roster.yaml");
        try (WriterLock first = WriterLock.acquire(roster, Duration.ofSeconds(1))) {
            assertThat(WriterLock.heldByCurrentThread(roster)).isTrue();
            long start = System.nanoTime();
            CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
                try (WriterLock second = WriterLock.acquire(roster, Duration.ofMillis(300))) {
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Throwable t = other.get(10, TimeUnit.SECONDS);
            assertThat(t).isInstanceOf(BusyException.class)
                    .hasMessage("another lmp is changing " + roster + "; try again");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
        assertThat(dir.resolve(".roster.yaml.lock")).exists();
        try (WriterLock again = WriterLock.acquire(roster, Duration.ZERO)) {
            assertThat(again.guarded()).isEqualTo(dir.toRealPath().resolve("roster.yaml"));
        }
    }

    @Test
    void aWaitingWriterGetsTheLockWhenTheFirstReleasesIt(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("roster.yaml");
        WriterLock first = WriterLock.acquire(roster, Duration.ofSeconds(1));
        CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
            try (WriterLock second = WriterLock.acquire(roster, Duration.ofSeconds(5))) {
                return true;
            }
        });
        Thread.sleep(100);
        assertThat(other).isNotDone();
        first.close();
        assertThat(other.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void twoSpellingsOfOneFileShareOneLock(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("roster.yaml");
        Files.writeString(roster, "x");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), roster);
        try (WriterLock first = WriterLock.acquire(dir.resolve("sub/../roster.yaml"), Duration.ofSeconds(1))) {
            Throwable t = CompletableFuture.supplyAsync(() -> {
                try (WriterLock second = WriterLock.acquire(link, Duration.ofMillis(100))) {
                    return (Throwable) null;
                } catch (RuntimeException e) {
                    return e;
                }
            }).get(10, TimeUnit.SECONDS);
            assertThat(t).isInstanceOf(BusyException.class);
        }
    }

    @Test
    void anotherProcessHoldingTheLockMakesThisOneBusyUntilItDies(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "0\n");
        Process child = TransactionKillTest.child(dir, "hold");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> WriterLock.acquire(dir.resolve("a.txt"), Duration.ofMillis(300)))
                    .isInstanceOf(BusyException.class).hasMessageContaining("another lmp is changing");
            child.destroyForcibly(); // SIGKILL: the operating system releases the lock
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        try (WriterLock lock = WriterLock.acquire(dir.resolve("a.txt"), Duration.ofSeconds(5))) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void anUnwritableDirectoryIsExit73NotBusy(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        ro.toFile().setWritable(false);
        try {
            if (Files.isWritable(ro)) {
                return; // running as root: permissions are not enforced
            }
            assertThatThrownBy(() -> WriterLock.acquire(ro.resolve("roster.yaml"), Duration.ofMillis(100)))
                    .isInstanceOf(OutputException.class).hasMessageContaining("lock file");
        } finally {
            ro.toFile().setWritable(true);
        }
    }
}
