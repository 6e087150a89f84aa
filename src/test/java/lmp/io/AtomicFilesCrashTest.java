package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a process in the middle of a large write: the previous file must survive whole, with no temporary file left. */
class AtomicFilesCrashTest {

    @Test
    void killedWriterLeavesThePreviousFileIntactAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("roster.yaml");
        Files.writeString(target, "previous content\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowWriterMain.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("started");
            assertThat(temporaryFiles(dir)).as("the write is in progress in a temporary file").hasSize(1);
            assertThat(Files.size(temporaryFiles(dir).get(0))).isGreaterThan(1 << 20);

            child.destroy(); // SIGTERM, as cron or Ctrl-C would
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(Files.readString(target)).isEqualTo("previous content\n");
        assertThat(temporaryFiles(dir)).isEmpty();
    }

    @Test
    void failedBodyLeavesThePreviousFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        try {
            AtomicFiles.write(target, true, out -> {
                out.write("partial".getBytes(StandardCharsets.UTF_8));
                throw new java.io.IOException("disk full");
            });
        } catch (OutputException expected) {
            assertThat(expected.getMessage()).contains("out.csv", "disk full");
        }
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(temporaryFiles(dir)).isEmpty();
    }

    @Test
    void existingFileIsNotReplacedWithoutForce(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFiles.write(target, false, out -> out.write(1)))
                .isInstanceOf(OutputException.class).hasMessageContaining("--force");
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void personalFilesAreOwnerReadableOnly(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("voters.csv");
        AtomicFiles.write(target, false, AtomicFiles.Privacy.PERSONAL, out -> out.write('x'));
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(target)).isEqualTo("x");
    }

    private static List<Path> temporaryFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
