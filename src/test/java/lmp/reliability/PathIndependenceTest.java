package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lmp.cli.Cli;
import lmp.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same files give byte-identical reports however their path is spelled and wherever lmp is run
 * from (issue 15 item 5): relative, './'-prefixed, with '..', absolute, and from the election's own
 * directory and from its parent in a separate process. Before, the path as typed was embedded in
 * every report ("Input: target/x/election.yaml") and so in the audit log and certificate.
 */
class PathIndependenceTest {
    private static Path root;
    private static Path dir;

    @BeforeAll
    static void copyTheExamples() throws IOException {
        root = Files.createDirectories(Path.of("target", "path-independence"));
        dir = Files.createTempDirectory(root, "run").resolve("x");
        Files.createDirectories(dir);
        Files.copy(Path.of("examples/ballots/steward-council.blt"), dir.resolve("steward-council.blt"));
        Files.copy(Path.of("examples/elections/icu-co-lead/ballots.csv"), dir.resolve("ballots.csv"));
        Files.writeString(dir.resolve("election.yaml"), "lmp_election: 1\ntitle: ICU co-lead\nmethod: irv\n"
                + "candidates: [Uma Estrada, Iris Quintero, Tanya Reyes]\nballots: [ballots.csv]\n");
    }

    @AfterAll
    static void tidy() throws IOException {
        try (Stream<Path> s = Files.walk(dir.getParent())) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The spellings of one file from the test's working directory. */
    private static List<String> spellings(String name) {
        Path relative = dir.resolve(name);
        return List.of(relative.toString(), "./" + relative, dir.resolve("..").resolve("x").resolve(name).toString(),
                relative.toAbsolutePath().toString());
    }

    @Test
    void everySpellingOfTheElectionFileGivesTheSameBytes() {
        for (String format : List.of("text", "json", "markdown", "html", "csv")) {
            sameForEverySpelling("election.yaml", format);
        }
        String json = Cli.run("election", "tally", spellings("election.yaml").get(3), "--format", "json").out();
        assertThat(json).contains("\"election.yaml\"", "\"ballots.csv\"").doesNotContain(root.toString());
    }

    @Test
    void everySpellingOfAStandaloneBallotFileGivesTheSameBytes() {
        for (String format : List.of("text", "json", "markdown", "html", "csv")) {
            sameForEverySpelling("steward-council.blt", format);
        }
        String text = Cli.run("election", "tally", spellings("steward-council.blt").get(3)).out();
        assertThat(text).contains("Input: steward-council.blt sha256 ").doesNotContain(root.toString());
    }

    private static void sameForEverySpelling(String name, String format) {
        List<String> outs = new ArrayList<>();
        for (String spelling : spellings(name)) {
            Cli.Result r = Cli.run("election", "tally", spelling, "--format", format);
            assertThat(r.exit()).as(spelling + ": " + r.err()).isZero();
            outs.add(r.out());
        }
        assertThat(outs).as(name + " --format " + format).allMatch(o -> o.equals(outs.get(0)));
    }

    @Test
    void otherWorkingDirectoriesGiveTheSameFiles() throws Exception {
        for (String name : List.of("election.yaml", "steward-council.blt")) {
            Path reference = Files.createDirectories(dir.getParent().resolve("reference-" + name));
            assertThat(Cli.run("election", "tally", dir.resolve(name).toString(), "--out", reference.toAbsolutePath().toString(), "-q")
                    .exit()).isZero();
            Path fromInside = dir.getParent().resolve("inside-" + name).toAbsolutePath();
            run(dir, name, fromInside);
            Path fromParent = dir.getParent().resolve("parent-" + name).toAbsolutePath();
            run(dir.getParent(), "x/../x/" + name, fromParent);
            Map<String, byte[]> expected = files(reference);
            assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
            assertThat(files(fromInside)).as(name + " run from its directory").containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(files(fromParent)).as(name + " run from the parent directory").containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    private static void run(Path cwd, String file, Path out) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-cp",
                Path.of("target/classes").toAbsolutePath() + File.pathSeparator + dependencies(),
                Main.class.getName(), "election", "tally", file, "--out", out.toString(), "-q")
                .directory(cwd.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    /** The test class path with every relative entry made absolute, for a child started elsewhere. */
    private static String dependencies() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString()).reduce((a, b) -> a + File.pathSeparator + b).orElse("");
    }

    private static Map<String, byte[]> files(Path d) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
