package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code kill -9} of a child JVM in the middle of a two-file transaction: stopped just before
 * chosen file steps (before the second write, at the commit point, between the two renames, while
 * tidying) and at random moments of a loop of transactions. The next writer's lock recovers the
 * journal; both files then hold the same generation and nothing else is left.
 */
class TransactionKillTest {

    @Test
    void killedAtChosenStepsTheNextWriterFindsBothFilesConsistent(@TempDir Path root) throws Exception {
        // Steps of one generation: 1-2 journal + a's entry, 3-5 a's temp/write/sync, 6-9 b's, 10 commit
        // point, 11-12 backup+rename a, 13-14 backup+rename b, then directory sync and tidying.
        Map<Integer, String> expected = Map.of(7, "0", 10, "0", 13, "1", 17, "1");
        for (var e : expected.entrySet()) {
            Path dir = Files.createDirectories(root.resolve("step-" + e.getKey()));
            Files.writeString(dir.resolve("a.txt"), "0\n");
            Files.writeString(dir.resolve("b.txt"), "0\n");
            Process p = child(dir, "stop", Integer.toString(e.getKey()));
            try (BufferedReader out = reader(p)) {
                assertThat(out.readLine()).as("step " + e.getKey()).startsWith("at ");
            } finally {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                p.waitFor(30, TimeUnit.SECONDS);
            }
            try (WriterLock lock = WriterLock.acquire(dir.resolve("a.txt"), Duration.ofSeconds(5))) {
                assertThat(TransactionChildMain.firstLine(dir.resolve("a.txt"))).as("killed before step " + e.getKey())
                        .isEqualTo(e.getValue());
                assertConsistent(dir);
            }
        }
    }

    @Test
    void killedAtRandomMomentsTheNextWriterFindsBothFilesConsistent(@TempDir Path root) throws Exception {
        Random random = new Random(20261202);
        for (int run = 0; run < 3; run++) {
            Path dir = Files.createDirectories(root.resolve("run-" + run));
            Files.writeString(dir.resolve("a.txt"), "0\n");
            Files.writeString(dir.resolve("b.txt"), "0\n");
            Process p = child(dir, "loop");
            try (BufferedReader out = reader(p)) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(random.nextInt(400));
            } finally {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            try (WriterLock lock = WriterLock.acquire(dir.resolve("a.txt"), Duration.ofSeconds(5))) {
                assertConsistent(dir);
                assertThat(Long.parseLong(TransactionChildMain.firstLine(dir.resolve("a.txt")))).isPositive();
            }
        }
    }

    private static void assertConsistent(Path dir) throws IOException {
        String a = TransactionChildMain.firstLine(dir.resolve("a.txt"));
        assertThat(TransactionChildMain.firstLine(dir.resolve("b.txt"))).as("both files of one generation").isEqualTo(a);
        if (!a.equals("0")) {
            assertThat(Files.readAllBytes(dir.resolve("a.txt"))).isEqualTo(TransactionChildMain.content(Long.parseLong(a)));
        }
        try (var s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).as("no temporary file, old copy or journal left").containsExactly(".a.txt.lock", "a.txt", "b.txt");
        }
    }

    static Process child(Path dir, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), TransactionChildMain.class.getName(), dir.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
