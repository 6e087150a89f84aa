package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private long files() throws IOException {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void existingFileIsKeptWithoutForce() throws IOException {
        Path p = dir.resolve("r.yaml");
        Files.writeString(p, "old");
        assertThatThrownBy(() -> AtomicFiles.write(p, false, o -> o.write("new".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(OutputException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(p)).isEqualTo("old");
        AtomicFiles.write(p, true, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(p)).isEqualTo("new");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path p = dir.resolve("r.yaml");
        Files.writeString(p, "old");
        assertThatThrownBy(() -> AtomicFiles.write(p, true, o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(OutputException.class).hasMessageContaining("disk full");
        assertThat(Files.readString(p)).isEqualTo("old");
        assertThat(files()).isEqualTo(1);
    }
}
