package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction of three files (two replaced, one created) under a fault-injecting file layer: a
 * failure at every single file step, and a crash (every step from there on fails, as when the
 * process dies) at every step followed by recovery. Afterwards the three files are always all old
 * or all new, and no temporary file, old copy or journal is left.
 */
class FileTransactionTest {

    private static final Map<String, String> OLD = Map.of("election.yaml", "old election\n", "audit.jsonl", "old audit\n");
    private static final Map<String, String> NEW = Map.of("election.yaml", "new election\n", "audit.jsonl", "new audit\n",
            "certificate.md", "new certificate\n");

    @Test
    void commitWritesEveryFileAndLeavesNothingElse(@TempDir Path dir) throws Exception {
        setUp(dir);
        runTransaction(dir);
        assertThat(contents(dir)).isEqualTo(new TreeMap<>(NEW));
    }

    @Test
    void nothingIsVisibleBeforeCommitAndCloseWithoutCommitRemovesTheTemporaryFiles(@TempDir Path dir) throws Exception {
        setUp(dir);
        try (FileTransaction tx = new FileTransaction()) {
            tx.stage(dir.resolve("election.yaml"), AtomicFiles.Privacy.PERSONAL, out -> out.write(bytes("new")), true);
            assertThat(Files.readString(dir.resolve("election.yaml"))).isEqualTo("old election\n");
        }
        assertThat(contents(dir)).isEqualTo(new TreeMap<>(OLD));
    }

    @Test
    void anExistingTargetWithoutReplaceRefusesTheWholeTransaction(@TempDir Path dir) throws Exception {
        setUp(dir);
        Files.writeString(dir.resolve("certificate.md"), "kept\n");
        assertThatThrownBy(() -> runTransaction(dir)).isInstanceOf(OutputException.class)
                .hasMessageContaining("certificate.md: already exists; use --force");
        Map<String, String> expected = new TreeMap<>(OLD);
        expected.put("certificate.md", "kept\n");
        assertThat(contents(dir)).isEqualTo(expected);
    }

    @Test
    void aFailureAtEveryFileStepLeavesEveryFileAsItWasOrCommitsAll(@TempDir Path root) throws Exception {
        int steps = countSteps(root.resolve("count"));
        assertThat(steps).as("journal, temp files, writes, syncs, commit point, backups, renames, cleanup").isGreaterThan(15);
        int failedRuns = 0;
        for (int k = 1; k <= steps; k++) {
            Path dir = Files.createDirectories(root.resolve("fail-" + k));
            setUp(dir);
            AtomicInteger n = new AtomicInteger();
            int failAt = k;
            boolean threw;
            try (AutoCloseable f = FileTransaction.injectFaults((step, path) -> {
                if (n.incrementAndGet() == failAt) {
                    throw new IOException("No space left on device");
                }
            })) {
                runTransaction(dir);
                threw = false;
            } catch (OutputException e) {
                threw = true;
                failedRuns++;
                assertThat(e.getMessage()).as("step " + k).contains("no space left on the device");
            }
            Map<String, String> expected = new TreeMap<>(threw ? OLD : NEW);
            FileTransaction.recover(dir.resolve("election.yaml"));
            assertThat(contents(dir)).as("after a failure at step " + k + (threw ? " (reported)" : " (tidying only)"))
                    .isEqualTo(expected);
        }
        assertThat(failedRuns).as("every step up to the last rename fails the command").isGreaterThan(12);
    }

    @Test
    void aCrashAtEveryFileStepIsRolledForwardOrBackByRecovery(@TempDir Path root) throws Exception {
        int steps = countSteps(root.resolve("count"));
        List<String> outcomes = new ArrayList<>();
        for (int k = 1; k <= steps + 1; k++) {
            Path dir = Files.createDirectories(root.resolve("crash-" + k));
            setUp(dir);
            AtomicInteger n = new AtomicInteger();
            AtomicBoolean dead = new AtomicBoolean();
            int crashAt = k;
            try (AutoCloseable f = FileTransaction.injectFaults((step, path) -> {
                if (dead.get() || n.incrementAndGet() == crashAt) {
                    dead.set(true);
                    throw new IOException("process died");
                }
            })) {
                runTransaction(dir);
            } catch (OutputException e) {
                // the "dead" process reports nothing we rely on; recovery decides
            }
            List<String> recovered = FileTransaction.recover(dir.resolve("election.yaml"));
            Map<String, String> after = contents(dir);
            boolean allOld = after.equals(new TreeMap<>(OLD));
            boolean allNew = after.equals(new TreeMap<>(NEW));
            assertThat(allOld || allNew).as("crash at step " + k + ", recovery " + recovered + ": " + after).isTrue();
            outcomes.add(allNew ? "new" : "old");
        }
        assertThat(outcomes).as("crashes before the commit point roll back, after it roll forward")
                .contains("old", "new").last().isEqualTo("new");
        assertThat(outcomes.indexOf("new")).isEqualTo(outcomes.lastIndexOf("old") + 1);
    }

    @Test
    void aDirectoryAFifoAndADanglingLinkAreRefused(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("d"));
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("d"), true, out -> out.write(1)))
                .isInstanceOf(OutputException.class).hasMessageContaining("is a directory");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("nowhere.txt"));
        assertThatThrownBy(() -> AtomicFiles.write(link, false, out -> out.write(1)))
                .isInstanceOf(OutputException.class).hasMessageContaining("is a symbolic link; use --force");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        AtomicFiles.write(link, true, out -> out.write('x'));
        assertThat(Files.isSymbolicLink(link)).as("--force writes through the link, never replaces it").isTrue();
        assertThat(Files.readString(dir.resolve("nowhere.txt"))).isEqualTo("x");
        Path fifo = dir.resolve("fifo");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThatThrownBy(() -> AtomicFiles.write(fifo, true, out -> out.write(1)))
                    .isInstanceOf(OutputException.class).hasMessageContaining("not a regular file");
            assertThat(Files.isRegularFile(fifo)).isFalse();
            assertThat(Files.exists(fifo)).isTrue();
        }
        assertThatThrownBy(() -> AtomicFiles.write(Path.of("/dev/null"), true, out -> out.write(1)))
                .isInstanceOf(OutputException.class).hasMessageContaining("never replaces");
    }

    private static int countSteps(Path dir) throws Exception {
        Files.createDirectories(dir);
        setUp(dir);
        AtomicInteger n = new AtomicInteger();
        try (AutoCloseable f = FileTransaction.injectFaults((step, path) -> n.incrementAndGet())) {
            runTransaction(dir);
        }
        assertThat(contents(dir)).isEqualTo(new TreeMap<>(NEW));
        return n.get();
    }

    private static void setUp(Path dir) throws IOException {
        for (var e : OLD.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
    }

    private static void runTransaction(Path dir) {
        try (FileTransaction tx = new FileTransaction()) {
            tx.stage(dir.resolve("election.yaml"), AtomicFiles.Privacy.PERSONAL, out -> out.write(bytes(NEW.get("election.yaml"))), true);
            tx.stage(dir.resolve("audit.jsonl"), AtomicFiles.Privacy.PUBLIC, out -> out.write(bytes(NEW.get("audit.jsonl"))), true);
            tx.stage(dir.resolve("certificate.md"), AtomicFiles.Privacy.PUBLIC, out -> out.write(bytes(NEW.get("certificate.md"))), false);
            tx.commit();
        }
    }

    /** Every file in the directory with its content: temporary files, old copies or journals would show up here. */
    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return m;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
