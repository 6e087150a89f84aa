package lmp.cli.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lmp.cli.Cli;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of docs/elections.md and examples/elections/icu-co-lead/run.sh, run in-process: a
 * UBT co-lead election of EVMC-ICU from 'new' to 'certify' and 'verify', then the secrecy scan of
 * every file it wrote, and tampering that 'verify' must catch.
 */
class ExampleElectionTest {
    private static final Path EXAMPLE = Path.of("examples/elections/icu-co-lead");
    /** The ten eligible voters of EVMC-ICU in examples/roster.yaml, with their names. */
    private static final String[][] VOTERS = {{"100101", "Uma Estrada"}, {"100107", "Iris Quintero"}, {"100113", "Deshawn Abbott"},
        {"100119", "Deshawn Haddad"}, {"100125", "Tanya Reyes"}, {"100131", "Jada Wong"}, {"100137", "Uma Okafor"},
        {"100143", "Kofi Jensen"}, {"100149", "Gus Nguyen"}, {"100155", "Yara Reyes"}};

    @TempDir
    Path w;
    Path election;

    private void ok(String... args) {
        var r = Cli.run(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
    }

    @BeforeEach
    void runTheExample() throws Exception {
        Files.copy(Path.of("examples/roster.yaml"), w.resolve("roster.yaml"));
        for (String f : new String[] {"cast-ballots.csv", "checkoff-marked.csv", "election.key"}) {
            Files.copy(EXAMPLE.resolve(f), w.resolve(f));
        }
        election = w.resolve("election.yaml");
        String e = election.toString();
        ok("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", w.resolve("roster.yaml").toString(),
                "--candidates", "100101,100107,100125", "--method", "irv", "--nomination", "2026-10-01",
                "--notice", "2026-10-15", "--list-inspection-from", "2026-10-05", "--voting-opens", "2026-11-04",
                "--voting-closes", "2026-11-05", "--term-starts", "2027-01-01", "--as-of", "2026-09-30", "--out", e);
        ok("election", "check", e, "--as-of", "2026-10-02");
        ok("election", "ballots", e, "--out", w.resolve("print").toString(), "--order", "rotate", "--as-of", "2026-10-14");
        ok("election", "intake", e, "--challenge-voter", "100149", "--reason", "no photo ID at the polls", "--as-of", "2026-11-05");
        ok("election", "intake", e, "--challenge-voter", "100157", "--reason", "not on the eligibility list", "--as-of", "2026-11-05");
        ok("election", "intake", e, "--spoiled", "1", "--spoiled-reason", "two candidates marked first; replaced", "--as-of", "2026-11-05");
        ok("election", "intake", e, "--resolve", "100149", "--accept", "--as-of", "2026-11-05");
        ok("election", "intake", e, "--resolve", "100157", "--reject", "--as-of", "2026-11-05");
        ok("election", "intake", e, "--ballots", w.resolve("cast-ballots.csv").toString(), "--checkoff",
                w.resolve("checkoff-marked.csv").toString(), "--as-of", "2026-11-05");
        ok("election", "tally", e, "--as-of", "2026-11-05", "--out", w.resolve("tally").toString());
        ok("election", "certify", e, "--roster", w.resolve("roster.yaml").toString(), "--as-of", "2026-11-06");
    }

    @Test
    void theExampleElectsTanyaReyesByInstantRunoffAndVerifies() throws Exception {
        // Hand count of cast-ballots.csv (the accepted challenged ballot mixed in): first preferences Tanya 3, Iris 3,
        // Uma 2 -> Uma out; her two ballots (B07, B08) go to Tanya -> Tanya 5 of 8, a majority.
        String tally = Files.readString(w.resolve("tally/tally.txt"));
        assertThat(tally).contains("eliminated: Uma Estrada", "elected: Tanya Reyes", "ballots counted        8",
                "checked off            7", "challenged accepted    1", "challenged rejected    1", "spoiled                1",
                "turnout                80.0%");
        assertThat(Files.readString(w.resolve("roster.yaml"))).contains("member: \"100125\"\n  role: ubt-co-lead\n  scope: EVMC-ICU\n"
                + "  start: 2027-01-01\n  end: 2028-12-31");
        assertThat(Files.readString(w.resolve("election-certificate.md"))).contains("| Tanya Reyes | 100125 | 2027-01-01 | 2028-12-31 | 2027-07-01 |");
        var v = Cli.run("election", "verify", election.toString());
        assertThat(v.exit()).as(v.out()).isZero();
        assertThat(v.out()).contains("audit chain intact", "recount matches the tally", "certified winners confirmed by the recount: [Tanya Reyes]",
                "roster.yaml holds the certified role assignment", "election-certificate.md is the certificate as written",
                "election certify -> certified", "Verified: the certified result stands.");
        // A certified election checks clean: the roster changed only by the certification.
        var c = Cli.run("election", "check", election.toString(), "--as-of", "2026-11-06");
        assertThat(c.exit()).as(c.out()).isZero();
        assertThat(c.out()).contains("PASS  roster");
    }

    @Test
    void aPendingChallengeStopsTheTally() throws Exception {
        Files.writeString(election, Files.readString(election).replace("resolution: rejected", "resolution: pending")
                .replace("stage: certified", "stage: voting"));
        var r = Cli.run("election", "tally", election.toString());
        assertThat(r.exit()).isIn(1, 65);
        assertThat(r.err()).contains("pending");
    }

    @Test
    void verifyDetectsAChangedBallotFile() throws Exception {
        Path cast = w.resolve("cast-ballots.csv");
        Files.writeString(cast, Files.readString(cast).replace("B04,Iris Quintero,,", "B04,Tanya Reyes,,"));
        var v = Cli.run("election", "verify", election.toString());
        assertThat(v.exit()).isEqualTo(1);
        assertThat(v.out()).contains("CHANGED  cast-ballots.csv changed since the intake");
        var json = Cli.run("election", "verify", election.toString(), "--format", "json");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).contains("\"verified\" : false", "cast-ballots.csv changed since the tally");
    }

    @Test
    void verifyDetectsAnEditedAuditLog() throws Exception {
        Path log = w.resolve("election.audit.jsonl");
        Files.writeString(log, Files.readString(log).replace("\"winners\":[\"Tanya Reyes\"]", "\"winners\":[\"Iris Quintero\"]"));
        var v = Cli.run("election", "verify", election.toString());
        assertThat(v.exit()).isEqualTo(1);
        assertThat(v.out()).contains("audit chain broken");
    }

    @Test
    void aReadOnlyCopyOfTheCertifiedExampleVerifiesAndStaysUnchanged(@TempDir Path archive) throws Exception {
        java.util.Map<String, String> before = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(w)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path to = archive.resolve(w.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
                before.put(w.relativize(p).toString(), lmp.io.InputFile.sha256Hex(Files.readAllBytes(to)));
            }
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(archive)) {
            all = s.sorted(java.util.Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-x------" : "r--------"));
        }
        try {
            var v = Cli.run("election", "verify", archive.resolve("election.yaml").toString());
            assertThat(v.exit()).as(v.out() + v.err()).isZero();
            assertThat(v.out()).contains("Verified: the certified result stands.");
            java.util.Map<String, String> after = new java.util.TreeMap<>();
            try (Stream<Path> s = Files.walk(archive)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    after.put(archive.relativize(p).toString(), lmp.io.InputFile.sha256Hex(Files.readAllBytes(p)));
                }
            }
            assertThat(after).isEqualTo(before);
        } finally {
            for (Path p : all) {
                Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        }
    }

    /** Ballot-level content: a ballot id or a row of the cast-ballot files (a ranking as recorded). */
    private static final Pattern BALLOT_LEVEL = Pattern.compile("\\b(B0[1-8])\\b|(Tanya Reyes|Iris Quintero|Uma Estrada),(Tanya Reyes|Iris Quintero|Uma Estrada)");

    @Test
    void noOutputFileLinksAVoterToAChoice() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(w)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).extracting(p -> w.relativize(p).toString()).contains("election.yaml", "election.audit.jsonl",
                "print/ballots.pdf", "print/sample-ballot.pdf", "print/checkoff.csv", "print/checkoff.pdf", "tally/tally.txt",
                "tally/tally.json", "tally/tally.csv", "election-certificate.md", "election-certificate.html");
        List<String> linked = new ArrayList<>();
        for (Path f : files) {
            String text = f.toString().endsWith(".pdf") ? pdfText(f) : Files.readString(f);
            boolean ballotLevel = BALLOT_LEVEL.matcher(text).find() || f.getFileName().toString().startsWith("ballots.");
            List<String> voterIds = new ArrayList<>();
            for (String[] v : VOTERS) if (text.contains(v[0])) voterIds.add(v[0]);
            if (ballotLevel && !voterIds.isEmpty()) linked.add(w.relativize(f) + " has ballot-level content and voter ids " + voterIds);
            // Only the candidates' ids may appear beside results (the certificate names the winner); never another voter's.
            boolean results = text.contains("Round 1") || text.contains("\"rounds\"") || text.contains("Winner");
            for (String id : voterIds) {
                if (results && !List.of("100101", "100107", "100125").contains(id)) linked.add(w.relativize(f) + " shows voter " + id + " beside results");
            }
        }
        assertThat(linked).isEmpty();
        // The ballots themselves carry nothing that differs between copies except the rotated order.
        String pdf = pdfText(w.resolve("print/ballots.pdf"));
        for (String[] v : VOTERS) assertThat(pdf).doesNotContain(v[0]);
        // The check-off list is in name order, so the order voters were checked off cannot be matched to ballots.
        List<String> names = Files.readAllLines(w.resolve("print/checkoff.csv")).stream().skip(1).map(l -> l.split(",")[1]).toList();
        assertThat(names).isSorted();
    }

    private static String pdfText(Path f) throws Exception {
        try (PDDocument d = Loader.loadPDF(f.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
