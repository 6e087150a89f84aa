package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    /** Standard output that fails on every write, as /dev/full does (ENOSPC). */
    private static PrintStream failing() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, false, StandardCharsets.UTF_8);
    }

    @Test
    void aFailedWriteToStandardOutputTurnsSuccessIntoExit73AndSaysSo() {
        for (int code : new int[] {ExitCode.OK, ExitCode.FINDINGS}) {
            PrintStream out = failing();
            out.print("report");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(Main.finish(code, out, new PrintStream(err, true, StandardCharsets.UTF_8), false)).isEqualTo(ExitCode.CANNOT_WRITE);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("lmp: could not write all of standard output")
                    .contains("incomplete");
        }
    }

    /** {@code lmp roster list | head}: the reader stopped on purpose; Unix tools end quietly then. */
    @Test
    void aPipeWhoseReaderHasGoneIsNotAnError() {
        PrintStream out = failing();
        out.print("report");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Main.finish(ExitCode.OK, out, new PrintStream(err, true, StandardCharsets.UTF_8), true)).isEqualTo(ExitCode.OK);
        assertThat(err.size()).isZero();
    }

    @Test
    void anEarlierFailureKeepsItsOwnCode() {
        PrintStream out = failing();
        out.print("partial");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Main.finish(ExitCode.DATA_ERROR, out, new PrintStream(err, true, StandardCharsets.UTF_8), false)).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not write");
    }

    @Test
    void aWrittenOutputLeavesTheCodeAlone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        out.print("report");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Main.finish(ExitCode.FINDINGS, out, new PrintStream(err, true, StandardCharsets.UTF_8), false)).isEqualTo(ExitCode.FINDINGS);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("report"); // flushed
        assertThat(err.size()).isZero();
    }
}
