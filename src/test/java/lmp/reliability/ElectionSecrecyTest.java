package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lmp.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole example election of examples/elections/icu-co-lead/run.sh, in-process, from 'election
 * new' to 'verify'; then every file lmp wrote and everything it printed is scanned. Ballot secrecy:
 * nothing that names a voter (a member id from the check-off list) also names a ballot (a ballot
 * id), and no count, certificate or verification names either. Privacy: every file lmp wrote that
 * names a voter is owner-only.
 */
class ElectionSecrecyTest {
    private static final Path EXAMPLE = Path.of("examples/elections/icu-co-lead");
    private static final List<String> INPUTS = List.of("cast-ballots.csv", "checkoff-marked.csv", "election.key");
    private static final Set<String> CANDIDATES = Set.of("100101", "100107", "100125");

    @Test
    void noOutputOfTheWholeElectionLinksAVoterToABallot(@TempDir Path w) throws IOException {
        Map<Path, String> copied = new HashMap<>();
        Files.copy(Path.of("examples/roster.yaml"), w.resolve("roster.yaml"));
        copied.put(w.resolve("roster.yaml"), Files.readString(w.resolve("roster.yaml")));
        for (String f : INPUTS) {
            Files.copy(EXAMPLE.resolve(f), w.resolve(f));
            copied.put(w.resolve(f), Files.readString(w.resolve(f)));
        }
        List<String> printed = runWholeElection(w);

        Set<String> voters = new HashSet<>();
        for (String l : Files.readAllLines(EXAMPLE.resolve("checkoff-marked.csv")).subList(1, Files.readAllLines(EXAMPLE.resolve("checkoff-marked.csv")).size())) {
            String[] c = l.split(",", -1);
            if (!CANDIDATES.contains(c[0])) voters.add(c[0]); // every eligible member, whether marked as voted or not
        }
        Set<String> ballots = new HashSet<>();
        for (String f : List.of("cast-ballots.csv")) {
            List<String> lines = Files.readAllLines(EXAMPLE.resolve(f));
            for (String l : lines.subList(1, lines.size())) ballots.add(l.split(",", -1)[0]);
        }
        assertThat(voters).hasSizeGreaterThan(5);
        assertThat(ballots).hasSizeGreaterThan(5);

        List<Path> written;
        try (Stream<Path> files = Files.walk(w)) {
            written = files.filter(Files::isRegularFile).filter(p -> !isUnchangedInput(p, copied)).toList();
        }
        assertThat(written).as("lmp wrote files").isNotEmpty();
        List<String> namingVoters = new ArrayList<>();
        for (Path p : written) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            boolean namesVoter = voters.stream().anyMatch(text::contains);
            boolean namesBallot = ballots.stream().anyMatch(b -> text.matches("(?s).*\\b" + b + "\\b.*"));
            assertThat(namesVoter && namesBallot).as("%s names both a voter and a ballot", w.relativize(p)).isFalse();
            if (namesVoter) namingVoters.add(w.relativize(p).toString());
            if (namesVoter && p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as("%s names voters", w.relativize(p))
                        .isEqualTo("rw-------");
            }
        }
        assertThat(namingVoters).as("the check-off list and the election's roster copy name voters, and were checked").isNotEmpty();
        // A PDF's text is compressed, so the scan above cannot see names in it: the check-off list
        // is personal in every format by its nature.
        for (Path p : written) {
            if (p.getFileName().toString().startsWith("checkoff") && p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
            }
        }
        assertThat(written.stream().map(p -> p.getFileName().toString())).contains("checkoff.csv", "checkoff.pdf");
        for (String out : printed) {
            if (out.startsWith("election tally") || out.startsWith("election certify") || out.startsWith("election verify")) {
                for (String v : voters) assertThat(out).as("a voter id in: %s", out).doesNotContain(v);
                for (String b : ballots) assertThat(out.matches("(?s).*\\b" + b + "\\b.*")).as("ballot %s in: %s", b, out).isFalse();
            }
        }
    }

    /** Copies the example's inputs into {@code w} and runs every step of run.sh; gives what each step printed. */
    static List<String> runWholeElection(Path w) throws IOException {
        if (!Files.exists(w.resolve("roster.yaml"))) Files.copy(Path.of("examples/roster.yaml"), w.resolve("roster.yaml"));
        for (String f : INPUTS) {
            if (!Files.exists(w.resolve(f))) Files.copy(EXAMPLE.resolve(f), w.resolve(f));
        }
        if (w.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(w.resolve("election.key"), PosixFilePermissions.fromString("rw-------"));
        }
        String e = w.resolve("election.yaml").toString();
        List<String[]> steps = List.of(
                new String[] {"election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", w.resolve("roster.yaml").toString(),
                    "--candidates", "100101,100107,100125", "--method", "irv", "--nomination", "2026-10-01",
                    "--notice", "2026-10-15", "--list-inspection-from", "2026-10-05", "--voting-opens", "2026-11-04",
                    "--voting-closes", "2026-11-05", "--term-starts", "2027-01-01", "--as-of", "2026-09-30", "--out", e},
                new String[] {"election", "check", e, "--as-of", "2026-10-02"},
                new String[] {"election", "ballots", e, "--out", w.resolve("print").toString(), "--order", "rotate", "--as-of", "2026-10-14"},
                new String[] {"election", "intake", e, "--challenge-voter", "100149", "--reason", "no photo ID at the polls", "--as-of", "2026-11-05"},
                new String[] {"election", "intake", e, "--challenge-voter", "100157", "--reason", "not on the eligibility list", "--as-of", "2026-11-05"},
                new String[] {"election", "intake", e, "--spoiled", "1", "--spoiled-reason", "two candidates marked first; replaced",
                    "--as-of", "2026-11-05"},
                new String[] {"election", "intake", e, "--resolve", "100149", "--accept", "--as-of", "2026-11-05"},
                new String[] {"election", "intake", e, "--resolve", "100157", "--reject", "--as-of", "2026-11-05"},
                new String[] {"election", "intake", e, "--ballots", w.resolve("cast-ballots.csv").toString(), "--checkoff",
                    w.resolve("checkoff-marked.csv").toString(), "--as-of", "2026-11-05"},
                new String[] {"election", "tally", e, "--as-of", "2026-11-05"},
                new String[] {"election", "certify", e, "--roster", w.resolve("roster.yaml").toString(), "--as-of", "2026-11-06"},
                new String[] {"election", "verify", e, "--as-of", "2026-11-06"});
        List<String> printed = new ArrayList<>();
        for (String[] step : steps) {
            Cli.Result r = Cli.run(step);
            assertThat(r.exit()).as(String.join(" ", step) + "%n" + r.err()).isZero();
            printed.add(String.join(" ", step) + "\n" + r.out() + r.err());
        }
        return printed;
    }

    /**
     * Secrecy of the trail (29 CFR 452.97): no world-readable file carries a hash that can be checked
     * against guesses of who voted. Every one of the 1,024 possible markings of the example's printed
     * check-off list is hashed, as an attacker would, and none of those digests, nor the plain SHA-256
     * of any owner-only file, appears in a world-readable file.
     */
    @Test
    void noPublicFileCarriesAGuessableHashOfAVoterSideFile(@TempDir Path w) throws IOException {
        runWholeElection(w);
        List<Path> publicFiles = new ArrayList<>();
        List<Path> personal = new ArrayList<>();
        try (Stream<Path> files = Files.walk(w)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                boolean ownerOnly = PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).equals("rw-------");
                (ownerOnly ? personal : publicFiles).add(p);
            }
        }
        assertThat(publicFiles).extracting(p -> w.relativize(p).toString())
                .contains("election.audit.jsonl", "election-certificate.md", "election-certificate.html");
        Set<String> guessable = new HashSet<>();
        for (Path p : personal) guessable.add(lmp.io.InputFile.sha256Hex(Files.readAllBytes(p)));
        List<String> rows = Files.readAllLines(w.resolve("print/checkoff.csv"));
        for (int mask = 0; mask < 1 << (rows.size() - 1); mask++) {
            StringBuilder sb = new StringBuilder(rows.get(0)).append('\n');
            for (int i = 1; i < rows.size(); i++) sb.append(rows.get(i)).append((mask >> (i - 1) & 1) == 1 ? "x" : "").append('\n');
            guessable.add(lmp.io.InputFile.sha256Hex(sb.toString().getBytes(StandardCharsets.UTF_8)));
        }
        // The example's own marked list is one of the guesses: the enumeration is the attack that used to work.
        assertThat(guessable).contains(lmp.io.InputFile.sha256Hex(Files.readAllBytes(w.resolve("checkoff-marked.csv"))));
        for (Path p : publicFiles) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            for (String h : guessable) assertThat(text).as("%s carries the digest of a voter-side file", w.relativize(p)).doesNotContain(h);
        }
    }

    /**
     * No record links newly checked-off voters to a batch of ballots: ballots are refused while voting
     * is open, the marked list is taken in once, with all the ballots, and it is frozen afterwards.
     */
    @Test
    void noAuditRecordLinksABatchOfCheckedOffVotersToTheirBallots(@TempDir Path w) throws IOException {
        runWholeElection(w);
        List<String> log = Files.readAllLines(w.resolve("election.audit.jsonl"));
        List<String> naming = log.stream().filter(l -> l.contains("\"command\":\"election intake\"") && l.contains("checkoff-marked.csv")).toList();
        assertThat(naming).hasSize(1);
        assertThat(naming.get(0)).contains("cast-ballots.csv");
        Path v = w.resolve("v");
        Files.createDirectories(v);
        Files.copy(Path.of("examples/roster.yaml"), v.resolve("roster.yaml"));
        Files.copy(EXAMPLE.resolve("cast-ballots.csv"), v.resolve("cast-ballots.csv"));
        String e = v.resolve("election.yaml").toString();
        assertThat(Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", v.resolve("roster.yaml").toString(),
                "--candidates", "100101,100107,100125", "--voting-opens", "2026-11-04", "--voting-closes", "2026-11-05",
                "--as-of", "2026-09-30", "--out", e).exit()).isZero();
        var early = Cli.run("election", "intake", e, "--ballots", v.resolve("cast-ballots.csv").toString(), "--as-of", "2026-11-04");
        assertThat(early.exit()).isEqualTo(1);
        assertThat(early.err()).contains("voting is open until 2026-11-05");
        assertThat(Cli.run("election", "intake", e, "--ballots", v.resolve("cast-ballots.csv").toString(), "--as-of", "2026-11-05").exit()).isZero();
        Files.copy(EXAMPLE.resolve("checkoff-marked.csv"), v.resolve("checkoff-marked.csv"));
        var late = Cli.run("election", "intake", e, "--checkoff", v.resolve("checkoff-marked.csv").toString(), "--as-of", "2026-11-05");
        assertThat(late.exit()).isEqualTo(1);
        assertThat(late.err()).contains("check-off list is frozen once ballots are taken in");
    }

    private static boolean isUnchangedInput(Path p, Map<Path, String> copied) {
        try {
            return copied.containsKey(p) && Files.readString(p).equals(copied.get(p));
        } catch (IOException e) {
            return false;
        }
    }
}
