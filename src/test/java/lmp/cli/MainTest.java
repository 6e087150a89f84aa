package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    /** {@code lmp --version} alone is answered before picocli is built; it must print what picocli would. */
    @Test
    void theFastVersionIsPicocliVersionText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Main.printVersion(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        var picocli = Cli.run("-q", "--version"); // not alone: picocli answers
        assertThat(picocli.exit()).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(picocli.out())
                .startsWith("lmp ").contains(System.lineSeparator() + "Java " + System.getProperty("java.version"));
    }
}
