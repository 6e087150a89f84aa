package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lmp.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed file of src/test/resources/bad/ through the real CLI: the exit code is exactly the
 * one in catalogue.tsv, stderr names the file and line and says what is wrong, no stack trace, and no
 * output file is left behind. catalogue.tsv is the documentation of what lmp does with bad input.
 */
class BadInputCatalogueTest {
    static final Path BAD = Path.of("src/test/resources/bad");

    /**
     * One line of the catalogue.
     *
     * @param file     the bad file, relative to src/test/resources/bad ({@code -} when the bad input is an option)
     * @param exit     the exact exit code
     * @param location where the problem is reported: {@code @:LINE} (the bad file), {@code @} (the bad file as a
     *                 whole), {@code OTHER/FILE:LINE} (a file it names) or {@code -} (no file: a bad option)
     * @param fragment words the message must contain
     * @param command  the command line; {@code {file}} is the bad file, {@code {out}} an empty output directory
     */
    record Entry(String file, int exit, String location, String fragment, String command) {
        @Override
        public String toString() {
            return file + " -> " + exit;
        }
    }

    static Stream<Entry> catalogue() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String l : Files.readAllLines(BAD.resolve("catalogue.tsv"), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] c = l.split("\t");
            assertThat(c).as("five tab-separated columns: %s", l).hasSize(5);
            entries.add(new Entry(c[0], Integer.parseInt(c[1]), c[2], c[3], c[4]));
        }
        return entries.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInputGivesOneLocatedLineItsExitCodeAndNoOutput(Entry e, @TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        String path = BAD.resolve(e.file()).toString();
        List<String> args = new ArrayList<>();
        for (String a : e.command().split(" ")) {
            args.add(a.replace("{file}", path).replace("{out}", out.toString()));
        }
        Cli.Result r = Cli.standard().execute(args.toArray(String[]::new));

        assertThat(r.exit()).as("exit code; stderr:%n%s", r.err()).isEqualTo(e.exit());
        if (!e.location().equals("-")) {
            String expected = e.location().replaceFirst("^@", e.file());
            String file = expected.replaceFirst(":\\d+$", "");
            String line = expected.substring(file.length());
            assertThat(r.err()).as("stderr names the place").contains(BAD.resolve(file) + line + ":");
        }
        assertThat(r.err()).as("the message").contains(e.fragment());
        assertThat(r.all()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
        assertThat(r.err().lines()).as("every line of stderr is short enough to read").allMatch(x -> x.length() < 2000);
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                // the writer lock's file (.NAME.lock, empty) stays by design: see docs/reliability.md
                assertThat(files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".lock")))
                        .as("no output file is left").isEmpty();
            }
        }
    }

    @Test
    void catalogueHoldsAtLeastFiftyFilesAndEveryFileIsInIt() throws IOException {
        List<String> listed = catalogue().map(Entry::file).filter(f -> !f.equals("-")).toList();
        // A bad file may be one that the listed file names (an audit log beside its election file).
        List<String> named = catalogue().map(Entry::location).filter(l -> !l.startsWith("@") && !l.equals("-"))
                .map(l -> l.replaceFirst(":\\d+$", "")).toList();
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(BAD)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> BAD.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("catalogue.tsv") && !p.endsWith("/ballots.csv") && !p.endsWith("/roster.yaml"))
                    .filter(p -> !named.contains(p)).sorted().toList();
        }
        assertThat(listed).hasSizeGreaterThanOrEqualTo(50).doesNotHaveDuplicates();
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(listed);
    }
}
