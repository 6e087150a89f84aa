package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import lmp.cli.Cli;
import lmp.io.FileTransaction;
import lmp.io.WriterLock;

/**
 * Runs one command under a fault-injecting file layer, once for every file step it takes: a
 * failure at that step (a full disk, a lost permission), or a crash there (that step and every
 * later one fail, as when the process dies; the next writer's lock then recovers). After each run
 * the directory must hold exactly what it held before the command, or exactly what a clean run
 * leaves - never a mix, never a temporary file, old copy or journal. For any command that writes
 * through {@link FileTransaction} (roster import; the election commands use it the same way).
 */
final class CommandFaultHarness {
    /** How one run ended: the step it was stopped at, its exit code, and whether the files were the old ones. */
    record Outcome(int step, int exit, boolean old) {
    }

    private CommandFaultHarness() {
    }

    /**
     * @param dir     the directory the command changes (compared whole, lock files aside)
     * @param setUp   puts the files of {@code dir} in their state before the command
     * @param command runs the command in-process
     * @param guarded the file whose writer lock recovers an interrupted run
     * @param crash   crash at each step rather than fail there
     */
    static List<Outcome> everyStep(Path dir, Runnable setUp, Supplier<Cli.Result> command, Path guarded, boolean crash) {
        setUp.run();
        Map<String, String> before = contents(dir);
        AtomicInteger counted = new AtomicInteger();
        Cli.Result clean = withFaults((step, path) -> counted.incrementAndGet(), command);
        assertThat(clean.exit()).as(clean.err()).isZero();
        Map<String, String> after = contents(dir);
        assertThat(after).as("the command changes something").isNotEqualTo(before);
        List<Outcome> outcomes = new ArrayList<>();
        for (int k = 1; k <= counted.get(); k++) {
            setUp.run();
            AtomicInteger n = new AtomicInteger();
            AtomicBoolean dead = new AtomicBoolean();
            int at = k;
            Cli.Result r = withFaults((step, path) -> {
                if (dead.get() || n.incrementAndGet() == at) {
                    dead.set(crash);
                    throw new IOException(crash ? "process died" : "No space left on device");
                }
            }, command);
            try (WriterLock recovery = WriterLock.acquire(guarded, Duration.ofSeconds(5))) {
                Map<String, String> now = contents(dir);
                boolean old = now.equals(before);
                assertThat(old || now.equals(after)).as("step " + k + (crash ? " (crash)" : " (failure)") + ": " + r.err()
                        + " left " + now.keySet()).isTrue();
                if (!crash) {
                    assertThat(r.exit()).as("step " + k + ": exit 73 when nothing changed, 0 when only tidying failed; " + r.err())
                            .isEqualTo(old ? 73 : 0);
                    if (old) {
                        assertThat(r.err()).contains("no space left on the device").doesNotContain("internal error");
                    }
                }
                outcomes.add(new Outcome(k, r.exit(), old));
            }
        }
        return outcomes;
    }

    private static Cli.Result withFaults(FileTransaction.Faults faults, Supplier<Cli.Result> command) {
        try (AutoCloseable f = FileTransaction.injectFaults(faults)) {
            return command.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file of the directory (recursively) with its content, lock files aside. */
    static Map<String, String> contents(Path dir) {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString();
                if (!name.endsWith(".lock")) {
                    m.put(name, Files.readString(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
