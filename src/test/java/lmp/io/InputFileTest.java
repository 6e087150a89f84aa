package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFileTest {

    @Test
    void invalidUtf8IsALocatedErrorOnTheLineOfTheBadByte() {
        byte[] latin1 = "name\nAna\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> InputFile.of("m.csv", latin1).text()).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("not valid UTF-8", "0xE9", "CSV UTF-8");
            });
        });
    }

    @Test
    void utf16IsRecognisedInTheHint() {
        byte[] utf16 = "name\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThatThrownBy(() -> InputFile.of("m.csv", withBom).text()).hasMessageContaining("UTF-16");
    }

    @Test
    void byteOrderMarkIsStripped() {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(InputFile.of("x", b).text()).isEqualTo("a");
    }

    @Test
    void missingFileIsAMissingInputAndStdinIsNamed() {
        assertThatThrownBy(() -> InputFile.read("/nonexistent/dir/r.yaml", InputStreamHolder.EMPTY))
                .isInstanceOf(MissingInputException.class).hasMessageContaining("no such file");
        assertThat(InputFile.read("-", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8))).name()).isEqualTo("<stdin>");
    }

    @Test
    void inputOverTheLimitIsRefused() {
        assertThatThrownBy(() -> InputFile.read("-", new ByteArrayInputStream(new byte[11]), 10))
                .isInstanceOf(InputException.class).hasMessageContaining("larger than the limit of 10 bytes");
    }

    private static final class InputStreamHolder {
        static final java.io.InputStream EMPTY = java.io.InputStream.nullInputStream();
    }
}
