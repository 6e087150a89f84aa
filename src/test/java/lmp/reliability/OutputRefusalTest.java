package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lmp.cli.Cli;
import lmp.io.FileTransaction;
import lmp.io.OutputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an output may be (issue 15 item 4): a symbolic link only with --force, and then its target
 * is written; never a FIFO or a device; --force never from the config file; disk full is exit 73
 * for every command that writes; names made from data keep their extension.
 */
class OutputRefusalTest {

    private static final String[] EXPORT = {"roster", "export", "examples/roster.yaml", "--format", "csv", "-o"};

    @Test
    void aSymbolicLinkIsRefusedWithoutForceAndWrittenThroughWithIt(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        var r = Cli.run(with(EXPORT, link.toString()));
        assertThat(r.exit()).isEqualTo(73);
        assertThat(r.err()).contains(link + ": is a symbolic link; use --force to write to the file it points to");
        assertThat(Files.readString(real)).isEqualTo("old\n");

        r = Cli.run(with(EXPORT, link.toString(), "--force"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
        assertThat(Files.readString(real)).startsWith("record,member_id,name");
    }

    @Test
    void aDanglingLinkIsNotReplaced(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), dir.resolve("missing.csv"));
        var r = Cli.run(with(EXPORT, link.toString()));
        assertThat(r.exit()).isEqualTo(73);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("missing.csv")).doesNotExist();
        assertThat(Cli.run(with(EXPORT, link.toString(), "--force")).exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("missing.csv")).isRegularFile();
    }

    @Test
    void aFifoOrADeviceIsNeverReplacedEvenWithForce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.csv");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            var r = Cli.run(with(EXPORT, fifo.toString(), "--force"));
            assertThat(r.exit()).isEqualTo(73);
            assertThat(r.err()).contains("is not a regular file (a FIFO, socket or device)");
            assertThat(Files.isRegularFile(fifo)).isFalse();
            assertThat(Files.exists(fifo)).isTrue();
        }
        var r = Cli.run(with(EXPORT, "/dev/null", "--force"));
        assertThat(r.exit()).isEqualTo(73);
        assertThat(Path.of("/dev/null")).exists();
    }

    @Test
    void intoASymbolicLinkUpdatesTheRosterItPointsTo(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("roster.yaml");
        Files.copy(Path.of("examples/roster.yaml"), real);
        Path link = Files.createSymbolicLink(dir.resolve("current.yaml"), real);
        Path csv = Files.writeString(dir.resolve("new.csv"), "record,member_id,name,local,bargaining_unit,ubt,status,good_standing\n"
                + "member,9000001,New Member,UNAC/UHCP,Inpatient RN,EVMC-ICU,active,true\n");
        var r = Cli.run("roster", "import", csv.toString(), "--into", link.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("New Member");
    }

    @Test
    void forceInTheConfigFileIsIgnoredWithAWarningAndOverwritesNothing(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("config.yaml"), "roster.export.force: true\n");
        Path out = Files.writeString(dir.resolve("out.csv"), "keep\n");
        var r = Cli.standard().withVariables(Map.of("LMP_CONFIG", config.toString())).execute(with(EXPORT, out.toString()));
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains(config + ":1", "'roster.export.force' is ignored", "command line only");
        assertThat(Files.readString(out)).isEqualTo("keep\n");
    }

    static Stream<List<String>> writers() {
        return Stream.of(
                List.of("roster", "export", "examples/roster.yaml", "--format", "csv", "-o", "{out}/export.csv"),
                List.of("roster", "export", "examples/roster.yaml", "--format", "json", "-o", "{out}/export.json"),
                List.of("roster", "export", "examples/roster.yaml", "--format", "yaml", "-o", "{out}/export.yaml"),
                List.of("roster", "import", "examples/roster.csv", "--into", "{out}/roster.yaml"),
                List.of("terms", "check", "examples/roster.yaml", "--as-of", "2026-06-15", "--format", "csv", "-o", "{out}/findings.csv"),
                List.of("election", "tally", "examples/ballots/steward-council.blt", "--out", "{out}"),
                List.of("terms", "expiring", "examples/roster.yaml", "--within", "365d", "--as-of", "2026-06-15", "--format", "csv",
                        "-o", "{out}/expiring.csv"),
                List.of("bargaining", "timeline", "examples/bargaining-2021/plan.yaml", "--out", "{out}"));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void aFullDiskIsExit73WithNothingWritten(List<String> command, @TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        String[] args = command.stream().map(a -> a.replace("{out}", out.toString())).toArray(String[]::new);
        Cli.Result r;
        try (AutoCloseable full = FileTransaction.injectFaults((step, path) -> {
            if (step == FileTransaction.Step.WRITE) {
                throw new IOException("No space left on device");
            }
        })) {
            r = Cli.run(args);
        }
        assertThat(r.exit()).as(r.err()).isEqualTo(73);
        assertThat(r.err()).contains("no space left on the device").doesNotContain("internal error", "Exception");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock"))).as("nothing written").isEmpty();
        }
    }

    @Test
    void aVeryLongNameFromDataKeepsItsExtension() {
        String id = "plan-".repeat(1000);
        List<String> names = Stream.of(".ics", ".md", ".csv", ".html").map(ext -> OutputDirectory.safeName(id + ext)).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.length() <= 120 && n.startsWith("plan-plan-"));
        assertThat(names.get(0)).endsWith(".ics");
        assertThat(names.get(3)).endsWith(".html");
    }

    private static String[] with(String[] base, String... more) {
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }
}
