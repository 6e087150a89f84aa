package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large input stays on disk, is hashed while it is read, and is refused from its size alone. */
class InputFileStreamingTest {

    @Test
    void aLargeFileIsStreamedAndHashedByTheFirstFullPass(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ballots.csv");
        byte[] content = ("rank1\n" + "Ana\n".repeat(600_000)).getBytes(StandardCharsets.UTF_8);
        Files.write(f, content);
        InputFile in = InputFile.read(f.toString(), InputStream.nullInputStream());
        assertThat(in.streamed()).isTrue();
        assertThat(in.size()).isEqualTo(content.length);
        try (InputStream s = in.stream()) {
            assertThat(s.readAllBytes()).isEqualTo(content);
        }
        // independent: the JDK's digest of the bytes written
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(in.sha256()).isEqualTo(expected);
        assertThat(in.lineCount()).isEqualTo(600_001);
    }

    @Test
    void aSmallFileIsHeldInMemory(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("e.yaml"), "title: x\n");
        InputFile in = InputFile.read(f.toString(), InputStream.nullInputStream());
        assertThat(in.streamed()).isFalse();
        assertThat(in.text()).isEqualTo("title: x\n");
    }

    @Test
    void aFileChangedBetweenPassesIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ballots.csv");
        Files.write(f, new byte[3 << 20]);
        InputFile in = InputFile.read(f.toString(), InputStream.nullInputStream());
        try (InputStream s = in.stream()) {
            s.readAllBytes();
        }
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
        assertThatThrownBy(in::stream).isInstanceOf(MissingInputException.class)
                .hasMessageContaining("ballots.csv: the file changed while lmp was reading it; try again");
    }

    @Test
    void aFileOverTheLimitIsRefusedFromItsSizeBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge.csv");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(InputFile.MAX_STREAMED_BYTES + 1); // sparse: no disk used, and reading it would take minutes
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> InputFile.read(f.toString(), InputStream.nullInputStream()))
                .isInstanceOf(InputException.class).hasMessageContaining("larger than the limit of 8589934592 bytes");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2000);
    }

    @Test
    void aFileReadWholeIsRefusedOverTheWholeFileLimitFromItsSize(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("election.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(InputFile.DEFAULT_MAX_BYTES + 1);
        }
        InputFile in = InputFile.read(f.toString(), InputStream.nullInputStream());
        long start = System.nanoTime();
        assertThatThrownBy(in::text).isInstanceOf(InputException.class).hasMessageContaining("larger than the limit of 268435456 bytes");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2000);
    }
}
