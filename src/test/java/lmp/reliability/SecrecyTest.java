package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lmp.cli.Cli;
import lmp.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ballot secrecy and members' privacy: no count output names a ballot or voter id, files of personal
 * data are owner-only, and nothing is logged above debug level.
 */
class SecrecyTest {

    /** Member ids of examples/roster.yaml used as ballot ids: the worst case, a ballot file keyed by voter. */
    private static final List<String> VOTER_IDS = List.of("100101", "100102", "100103", "100104", "100105", "100106");

    @Test
    void noTallyOutputInAnyFormatNamesAVoterOrBallotId(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("ballots.csv"), """
                ballot_id,rank1,rank2,rank3
                100101,Uma Estrada,Iris Quintero,
                100102,Iris Quintero,,
                100103,Tanya Reyes,Uma Estrada,Iris Quintero
                100104,Uma Estrada|Tanya Reyes,,
                100105,Iris Quintero,Tanya Reyes,
                100106,Tanya Reyes,Iris Quintero,
                """);
        Files.writeString(tmp.resolve("election.yaml"), Files.readString(Path.of("examples/elections/icu-co-lead/election.yaml")));
        // BLT ballots may carry an id in parentheses; it must not travel either.
        Files.writeString(tmp.resolve("ids.blt"), "3 1\n(100101) 1 1 2 0\n(100102) 1 2 0\n(100103) 1 3 1 2 0\n0\n"
                + "\"Uma Estrada\"\n\"Iris Quintero\"\n\"Tanya Reyes\"\n\"Ids\"\n");

        List<String> everything = new ArrayList<>();
        for (String input : List.of("election.yaml", "ballots.csv", "ids.blt")) {
            Path out = tmp.resolve("out-" + input);
            Cli.Result r = Cli.run("election", "tally", tmp.resolve(input).toString(), "--out", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            everything.add(r.out() + r.err());
            try (Stream<Path> files = Files.list(out)) {
                List<Path> written = files.toList();
                assertThat(written).hasSize(5);
                for (Path p : written) everything.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            for (String f : List.of("text", "json", "csv", "markdown", "html")) {
                Cli.Result s = Cli.run("election", "tally", tmp.resolve(input).toString(), "--format", f, "-v");
                everything.add(s.out() + s.err());
            }
        }
        assertThat(everything).hasSize(3 * 11);
        for (String output : everything) {
            for (String id : VOTER_IDS) {
                assertThat(output).as("an output names voter id %s", id).doesNotContain(id);
            }
            assertThat(output).doesNotContain("ballot_id");
        }
    }

    @Test
    void theExampleElectionsBallotIdsAppearInNoOutput(@TempDir Path tmp) throws IOException {
        Path ballots = Path.of("examples/elections/icu-co-lead/ballots.csv");
        List<String> ids = Files.readAllLines(ballots).stream().skip(1).map(l -> l.split(",", -1)[0]).toList();
        assertThat(ids).isNotEmpty().allMatch(id -> id.matches("B\\d+"));
        Cli.Result r = Cli.run("election", "tally", "examples/elections/icu-co-lead/election.yaml", "--out", tmp.toString());
        assertThat(r.exit()).isZero();
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path p : files.toList()) {
                String text = Files.readString(p);
                for (String id : ids) {
                    assertThat(Pattern.compile("\\b" + id + "\\b").matcher(text).find()).as("%s in %s", id, p).isFalse();
                }
            }
        }
    }

    @Test
    void personalFilesAreOwnerOnlyAndPublicFilesWorldReadable(@TempDir Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        Path personal = tmp.resolve("roster.csv");
        Path open = tmp.resolve("tally.txt");
        AtomicFiles.write(personal, false, AtomicFiles.Privacy.PERSONAL, o -> o.write('x'));
        AtomicFiles.write(open, false, AtomicFiles.Privacy.PUBLIC, o -> o.write('x'));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(personal))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open))).isEqualTo("rw-r--r--");
        // Replacing a public file with personal data must not keep the old, wider permissions.
        AtomicFiles.write(open, true, AtomicFiles.Privacy.PERSONAL, o -> o.write('y'));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open))).isEqualTo("rw-------");
    }

    /** Every command that writes member data to a file writes it owner-only. */
    @Test
    void rosterFilesWrittenByCommandsAreOwnerOnly(@TempDir Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        List<String[]> commands = List.of(
                new String[] {"roster", "export", "examples/roster.yaml", "--format", "csv", "-o", tmp.resolve("export.csv").toString()},
                new String[] {"roster", "export", "examples/roster.yaml", "--format", "json", "-o", tmp.resolve("export.json").toString()},
                new String[] {"roster", "export", "examples/roster.yaml", "--format", "yaml", "-o", tmp.resolve("export.yaml").toString()},
                new String[] {"roster", "import", "examples/roster.csv", "--into", tmp.resolve("imported.yaml").toString()},
                new String[] {"terms", "check", "examples/roster.yaml", "--as-of", "2026-06-15", "-o", tmp.resolve("findings.txt").toString()},
                new String[] {"terms", "expiring", "examples/roster.yaml", "--within", "365d", "--as-of", "2026-06-15", "--format", "csv",
                    "-o", tmp.resolve("expiring.csv").toString()},
                new String[] {"terms", "release-time", "examples/roster.yaml", "--month", "2026-07", "--format", "csv",
                    "-o", tmp.resolve("release.csv").toString()});
        for (String[] c : commands) {
            Cli.Result r = Cli.run(c);
            assertThat(r.exit()).as(String.join(" ", c) + ": " + r.err()).isIn(0, 1);
            Path written = Path.of(c[c.length - 1]);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).as(written.toString()).isEqualTo("rw-------");
        }
    }

    /**
     * Log calls above debug level could put personal data into terminals and cron mail at the default
     * level; every one in src/main is at debug or trace (the default level is WARN).
     */
    @Test
    void nothingIsLoggedAboveDebugInMainCode() throws IOException {
        Pattern call = Pattern.compile("\\b(?:LOG|LOGGER|logger)\\s*\\.\\s*(\\w+)\\s*\\(");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(p);
                if (!source.contains("org.slf4j") && !source.contains("java.util.logging") && !source.contains("System.Logger")) {
                    continue;
                }
                Matcher m = call.matcher(source);
                while (m.find()) {
                    if (!m.group(1).equals("debug") && !m.group(1).equals("trace") && !m.group(1).startsWith("is")) {
                        found.add(p + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
