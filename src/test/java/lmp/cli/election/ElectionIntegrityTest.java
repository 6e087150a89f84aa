package lmp.cli.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import lmp.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenarios of issue 11 ("Why"), replayed as an election committee would on a co-lead election of
 * EVMC-ICU (examples/roster.yaml, voters 100101 ... 100155, candidates Uma Estrada 100101, Iris
 * Quintero 100107, Tanya Reyes 100125). Each ends as the life cycle requires: refused with the named
 * reason and nothing written, detected by verify, or recorded and shown on the certificate.
 */
class ElectionIntegrityTest {
    private static final String[] VOTERS = {"100101", "100107", "100113", "100119", "100125", "100131", "100137", "100143", "100149", "100155"};

    @TempDir
    Path w;
    Path election;
    Path roster;

    /** A new election with a calendar that passes every check, plus {@code extra} options of 'new'. */
    private void create(String... extra) throws Exception {
        roster = w.resolve("roster.yaml");
        if (!Files.exists(roster)) Files.copy(Path.of("examples/roster.yaml"), roster);
        election = w.resolve("election.yaml");
        List<String> args = new ArrayList<>(List.of("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster",
                roster.toString(), "--candidates", "100101,100107,100125", "--nomination", "2026-10-01", "--notice", "2026-10-15",
                "--list-inspection-from", "2026-10-05", "--voting-opens", "2026-11-04", "--voting-closes", "2026-11-05",
                "--term-starts", "2027-01-01", "--as-of", "2026-09-30", "--out", election.toString()));
        args.addAll(List.of(extra));
        ok(args.toArray(String[]::new));
    }

    /** Ballots (rank1 column) and a check-off list marking the first {@code checkedOff} voters, taken in after voting closed. */
    private void takeIn(String file, int checkedOff, String... firstChoices) throws Exception {
        StringBuilder b = new StringBuilder("ballot_id,rank1\n");
        for (int i = 0; i < firstChoices.length; i++) b.append(file.charAt(0)).append(i + 1).append(',').append(firstChoices[i]).append('\n');
        Files.writeString(w.resolve(file), b);
        StringBuilder c = new StringBuilder("member_id,voted\n");
        for (int i = 0; i < VOTERS.length; i++) c.append(VOTERS[i]).append(',').append(i < checkedOff ? "x" : "").append('\n');
        Files.writeString(w.resolve("checkoff-marked.csv"), c);
        ok("election", "intake", election.toString(), "--ballots", w.resolve(file).toString(), "--checkoff",
                w.resolve("checkoff-marked.csv").toString(), "--as-of", "2026-11-05");
    }

    private Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private Cli.Result ok(String... args) {
        var r = Cli.run(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    private Cli.Result certify(String... extra) {
        List<String> args = new ArrayList<>(List.of("election", "certify", election.toString(), "--roster", roster.toString(), "--as-of", "2026-11-06"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** Every file in the election directory with its bytes, to prove that nothing was written. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(w)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".lock")).toList()) {
                m.put(w.relativize(p).toString(), lmp.io.InputFile.sha256Hex(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    @Test
    void certifyRefusesAnElectionThatFailsItsOwnCheckUnlessEachItemIsOverriddenOnTheRecord() throws Exception {
        // Notice 2026-10-30 is 10 days late; no list inspection; records kept only until 2027-06-30.
        roster = w.resolve("roster.yaml");
        Files.copy(Path.of("examples/roster.yaml"), roster);
        election = w.resolve("election.yaml");
        ok("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", roster.toString(), "--candidates",
                "100101,100107,100125", "--nomination", "2026-10-01", "--notice", "2026-10-30", "--voting-opens", "2026-11-04",
                "--voting-closes", "2026-11-05", "--term-starts", "2027-01-01", "--keep-records-until", "2027-06-30",
                "--as-of", "2026-09-30", "--out", election.toString());
        takeIn("ballots.csv", 3, "Iris Quintero", "Iris Quintero", "Uma Estrada");
        ok("election", "tally", election.toString(), "--as-of", "2026-11-05");
        Map<String, String> before = snapshot();
        var r = certify();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("blocks certification: notice:", "blocks certification: list-inspection:",
                "blocks certification: records:");
        assertThat(snapshot()).isEqualTo(before);
        // One override is not enough: every blocking item needs its own.
        var partial = certify("--override", "notice=posted at all worksites on 10-20, mailed late");
        assertThat(partial.exit()).isEqualTo(1);
        assertThat(snapshot()).isEqualTo(before);
        var done = certify("--override", "notice=posted at all worksites on 10-20, mailed late",
                "--override", "list-inspection=no candidate asked; offered on request", "--override", "records=kept by the local for 1 year");
        assertThat(done.exit()).as(done.err()).isZero();
        String md = Files.readString(w.resolve("election-certificate.md"));
        assertThat(md).contains("## Overrides by the election committee", "**notice**: posted at all worksites on 10-20, mailed late",
                "**records**: kept by the local for 1 year");
        assertThat(Files.readString(w.resolve("election.audit.jsonl"))).contains("\"item\":\"notice\"", "mailed late");
        // An override must name something that blocks.
        assertThat(Files.readString(election)).contains("stage: certified");
    }

    @Test
    void aWinnerNotInGoodStandingBlocksCertification() throws Exception {
        create();
        takeIn("ballots.csv", 3, "Iris Quintero", "Iris Quintero", "Uma Estrada");
        ok("election", "tally", election.toString(), "--as-of", "2026-11-05");
        Files.writeString(roster, Files.readString(roster).replaceFirst("(id: \"100107\"(?:\\n    .*)*?\\n    good_standing: )true", "$1false"));
        var r = certify();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("blocks certification: winner: winner Iris Quintero (100107) is not in good standing");
        assertThat(Files.readString(roster)).doesNotContain("role: ubt-co-lead\n  scope: EVMC-ICU\n  start: 2027-01-01");
    }

    @Test
    void moreBallotsThanVotersCheckedOffBlocksCertification() throws Exception {
        create();
        takeIn("ballots.csv", 2, "Iris Quintero", "Iris Quintero", "Uma Estrada", "Iris Quintero", "Tanya Reyes");
        ok("election", "tally", election.toString(), "--as-of", "2026-11-05");
        var r = certify();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("blocks certification: accounting: 5 ballots counted but only 2 voters checked off");
    }

    @Test
    void aTieStopsTheCountAndIsDecidedOnlyByALotDrawnInPublic() throws Exception {
        create();
        takeIn("ballots.csv", 4, "Iris Quintero", "Uma Estrada", "Iris Quintero", "Uma Estrada");
        var t = run("election", "tally", election.toString(), "--as-of", "2026-11-05");
        assertThat(t.exit()).isEqualTo(3);
        assertThat(t.err()).contains("tie between", "Iris Quintero", "Uma Estrada", "lmp election draw");
        assertThat(certify().exit()).isEqualTo(1);
        ok("election", "draw", election.toString(), "--seed", "4711", "--witness", "Ana Ruiz (observer)", "--witness", "Ben Cho (teller)",
                "--as-of", "2026-11-05");
        assertThat(run("election", "draw", election.toString(), "--seed", "1", "--witness", "X").exit()).isEqualTo(1);
        ok("election", "tally", election.toString(), "--as-of", "2026-11-05");
        var c = certify();
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(Files.readString(w.resolve("election-certificate.md"))).contains("## Ties", "tie between", "broken by lot with seed 4711",
                "drawn in public on 2026-11-05 before Ana Ruiz (observer), Ben Cho (teller)");
    }

    @Test
    void aLotWhoseSeedWasChosenBeforehandBlocksCertification() throws Exception {
        create("--tie", "lot", "--seed", "20261105");
        takeIn("ballots.csv", 4, "Iris Quintero", "Uma Estrada", "Iris Quintero", "Uma Estrada");
        ok("election", "tally", election.toString(), "--as-of", "2026-11-05");
        var r = certify();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("blocks certification: lot:", "not drawn in public");
    }

    @Test
    void afterCertificationNothingIsTakenInAndTheOnlyWayBackIsALoggedReopening() throws Exception {
        create();
        takeIn("ballots.csv", 3, "Iris Quintero", "Iris Quintero", "Uma Estrada");
        ok("election", "tally", election.toString(), "--as-of", "2026-11-05");
        assertThat(certify().exit()).isZero();
        ok("election", "verify", election.toString());
        Files.writeString(w.resolve("late.csv"), "ballot_id,rank1\nL1,Uma Estrada\nL2,Uma Estrada\nL3,Uma Estrada\n");
        Map<String, String> before = snapshot();
        var late = run("election", "intake", election.toString(), "--ballots", w.resolve("late.csv").toString(), "--as-of", "2026-11-05");
        assertThat(late.exit()).isEqualTo(1);
        assertThat(late.err()).contains("refusing intake: the election is certified");
        var again = certify("--force");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already certified");
        assertThat(snapshot()).isEqualTo(before);

        ok("election", "reopen", election.toString(), "--reason", "three mail ballots postmarked in time found at the post office",
                "--as-of", "2026-11-07");
        assertThat(Files.readString(w.resolve("election-certificate.md"))).startsWith("> **VOID: this certificate was voided on 2026-11-07");
        ok("election", "intake", election.toString(), "--ballots", w.resolve("late.csv").toString(), "--override",
                "window=postmarked by 2026-11-05, delivered late", "--as-of", "2026-11-07");
        ok("election", "tally", election.toString(), "--as-of", "2026-11-07");
        var c = certify("--override", "accounting=three mail ballots not on the check-off list, verified by hand");
        assertThat(c.exit()).as(c.err()).isZero();
        String yaml = Files.readString(roster);
        // Uma Estrada replaced Iris Quintero: one holder of the term, never two.
        assertThat(yaml.split("role: ubt-co-lead\n  scope: EVMC-ICU\n  start: 2027-01-01", -1)).hasSize(2);
        assertThat(yaml).contains("member: \"100101\"\n  role: ubt-co-lead\n  scope: EVMC-ICU\n  start: 2027-01-01")
                .doesNotContain("member: \"100107\"\n  role: ubt-co-lead\n  scope: EVMC-ICU\n  start: 2027-01-01");
        var v = run("election", "verify", election.toString());
        assertThat(v.exit()).as(v.out()).isZero();
        assertThat(v.out()).contains("election reopen: three mail ballots", "election certify -> certified [Iris Quintero]",
                "election certify -> certified [Uma Estrada]", "no other holder");
    }

    @Test
    void nothingIsCountedTwice() throws Exception {
        create();
        takeIn("ballots.csv", 6, "Iris Quintero", "Iris Quintero", "Uma Estrada");
        Files.copy(w.resolve("ballots.csv"), w.resolve("copy.csv"));
        var copy = run("election", "intake", election.toString(), "--ballots", w.resolve("copy.csv").toString(), "--as-of", "2026-11-05");
        assertThat(copy.exit()).isEqualTo(1);
        assertThat(copy.err()).contains("copy.csv has the same content", "as ballots.csv");
        Files.createSymbolicLink(w.resolve("link.csv"), w.resolve("ballots.csv"));
        assertThat(run("election", "intake", election.toString(), "--ballots", w.resolve("link.csv").toString(), "--as-of", "2026-11-05")
                .err()).contains("link.csv has the same content");
        Files.writeString(w.resolve("more.csv"), "ballot_id,rank1\nM1,Tanya Reyes\nb2,Tanya Reyes\nb1,Uma Estrada\n");
        var ids = run("election", "intake", election.toString(), "--ballots", w.resolve("more.csv").toString(), "--as-of", "2026-11-05");
        assertThat(ids.exit()).isEqualTo(1);
        assertThat(ids.err()).contains("more.csv repeats 2 ballot id(s) already in ballots.csv");
        // An election file edited to list one file twice is not counted.
        Files.writeString(election, Files.readString(election).replace("ballots:\n- ballots.csv\n", "ballots:\n- ballots.csv\n- ballots.csv\n"));
        var t = run("election", "tally", election.toString(), "--as-of", "2026-11-05");
        assertThat(t.exit()).isEqualTo(65);
        assertThat(t.err()).contains("ballot file ballots.csv is listed twice");
    }

    @Test
    void readingNeverWritesAndAReadOnlyCopyOfACertifiedElectionVerifies() throws Exception {
        create();
        Map<String, String> fresh = snapshot();
        assertThat(run("election", "check", election.toString(), "--as-of", "2026-10-02").exit()).isZero();
        assertThat(snapshot()).isEqualTo(fresh);
        takeIn("ballots.csv", 3, "Iris Quintero", "Iris Quintero", "Uma Estrada");
        Map<String, String> taken = snapshot();
        // The same check-off list again changes nothing, so nothing is written.
        var same = ok("election", "intake", election.toString(), "--checkoff", w.resolve("checkoff-marked.csv").toString(), "--as-of", "2026-11-05");
        assertThat(same.err()).contains("nothing new to record");
        assertThat(snapshot()).isEqualTo(taken);
        ok("election", "tally", election.toString(), "--as-of", "2026-11-05");
        assertThat(certify().exit()).isZero();
        Map<String, String> certified = snapshot();
        assertThat(run("election", "verify", election.toString()).exit()).isZero();
        var check = run("election", "check", election.toString(), "--as-of", "2026-11-06");
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(snapshot()).isEqualTo(certified);
        // --record appends, on purpose.
        ok("election", "verify", election.toString(), "--record", "--as-of", "2026-11-20");
        assertThat(Files.readString(w.resolve("election.audit.jsonl"))).contains("\"command\":\"election verify\"");
        assertThat(run("election", "verify", election.toString()).exit()).isZero();

        Path archive = w.resolve("archive");
        Files.createDirectories(archive);
        try (Stream<Path> s = Files.list(w)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, archive.resolve(p.getFileName()));
        }
        Map<String, String> archived = new TreeMap<>();
        try (Stream<Path> s = Files.list(archive)) {
            for (Path p : s.toList()) {
                archived.put(p.getFileName().toString(), lmp.io.InputFile.sha256Hex(Files.readAllBytes(p)));
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--------"));
            }
        }
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("r-x------"));
        try {
            var v = run("election", "verify", archive.resolve("election.yaml").toString());
            assertThat(v.exit()).as(v.out() + v.err()).isZero();
            assertThat(v.out()).contains("Verified: the certified result stands.");
            Map<String, String> after = new TreeMap<>();
            try (Stream<Path> s = Files.list(archive)) {
                for (Path p : s.toList()) after.put(p.getFileName().toString(), lmp.io.InputFile.sha256Hex(Files.readAllBytes(p)));
            }
            assertThat(after).isEqualTo(archived);
        } finally {
            Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theAuditTrailCatchesWhatTheRedTeamTried() throws Exception {
        create();
        takeIn("ballots.csv", 3, "Iris Quintero", "Iris Quintero", "Uma Estrada");
        Path log = w.resolve("election.audit.jsonl");
        // Editing ballots between intake and tally.
        String ballots = Files.readString(w.resolve("ballots.csv"));
        Files.writeString(w.resolve("ballots.csv"), ballots.replace("b2,Iris Quintero", "b2,Uma Estrada"));
        var edited = run("election", "tally", election.toString(), "--as-of", "2026-11-05");
        assertThat(edited.exit()).isEqualTo(1);
        assertThat(edited.err()).contains("ballots.csv changed since it was taken in");
        Files.writeString(w.resolve("ballots.csv"), ballots);
        // Deleting the audit log before the tally.
        String kept = Files.readString(log);
        Files.delete(log);
        var deleted = run("election", "tally", election.toString(), "--as-of", "2026-11-05");
        assertThat(deleted.exit()).isEqualTo(1);
        assertThat(deleted.err()).contains("the audit log is missing");
        assertThat(log).doesNotExist();
        Files.writeString(log, kept);
        ok("election", "tally", election.toString(), "--as-of", "2026-11-05");
        // Editing the newest record, which no later record protects: the head in the election file does.
        String tallied = Files.readString(log);
        Files.writeString(log, tallied.replace("\"winners\":[\"Iris Quintero\"]", "\"winners\":[\"Uma Estrada\"]"));
        var last = certify();
        assertThat(last.exit()).isEqualTo(1);
        assertThat(last.err()).contains("the last audit record does not match the head");
        Files.writeString(log, tallied);
        assertThat(certify().exit()).isZero();
        // An edited certificate.
        Path md = w.resolve("election-certificate.md");
        String cert = Files.readString(md);
        Files.writeString(md, cert.replace("| Iris Quintero | 100107 |", "| Uma Estrada | 100101 |"));
        var v = run("election", "verify", election.toString());
        assertThat(v.exit()).isEqualTo(1);
        assertThat(v.out()).contains("CHANGED  election-certificate.md changed since certification");
        Files.writeString(md, cert);
        // A second holder written into the roster by hand.
        String r = Files.readString(roster);
        Files.writeString(roster, r + "- member: \"100101\"\n  role: ubt-co-lead\n  scope: EVMC-ICU\n  start: 2027-02-01\n  end: 2028-12-31\n  chosen: elected\n");
        var second = run("election", "verify", election.toString());
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.out()).contains("100101 also holds ubt-co-lead of EVMC-ICU");
    }

    @Test
    void ballotsLongAfterVotingClosedAreRefused() throws Exception {
        create();
        Files.writeString(w.resolve("ballots.csv"), "ballot_id,rank1\nb1,Iris Quintero\n");
        var r = run("election", "intake", election.toString(), "--ballots", w.resolve("ballots.csv").toString(), "--as-of", "2027-03-05");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("refusing ballots on 2027-03-05: voting closed 2026-11-05", "--override window=");
    }

    @Test
    void theAuditLogMayNotBeOneOfTheElectionsOwnFiles() throws Exception {
        create();
        Files.writeString(election, Files.readString(election).replace("audit_log: election.audit.jsonl", "audit_log: roster.yaml"));
        String rosterBefore = Files.readString(roster);
        var r = run("election", "intake", election.toString(), "--spoiled", "1", "--spoiled-reason", "torn", "--as-of", "2026-11-05");
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("'audit_log' names roster.yaml, which is one of the election's own files");
        assertThat(Files.readString(roster)).isEqualTo(rosterBefore);
    }

    @Test
    void formatJsonGivesValidJsonOnSuccessAndOnARefusal() throws Exception {
        create();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var r = run("election", "intake", election.toString(), "--challenge-voter", "100149", "--reason", "no photo ID", "--as-of", "2026-11-05",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        var doc = json.readTree(r.out());
        assertThat(doc.path("stage").asString()).isEqualTo("voting");
        assertThat(doc.path("record").asInt()).isEqualTo(2);
        var refused = run("election", "certify", election.toString(), "--roster", roster.toString(), "--format", "json");
        assertThat(refused.exit()).isEqualTo(1);
        var error = json.readTree(refused.out());
        assertThat(error.path("error").path("exit").asInt()).isEqualTo(1);
        assertThat(error.path("error").path("problems").get(0).path("message").asString()).contains("refusing to certify");
        var tally = run("election", "tally", election.toString(), "--format", "json");
        // A pending challenge stops the count: bad data, as a JSON error object.
        assertThat(tally.exit()).isEqualTo(65);
        assertThat(json.readTree(tally.out()).path("error").path("exit").asInt()).isEqualTo(65);
        assertThat(tally.err()).contains("challenge(s) still pending");
    }
}
