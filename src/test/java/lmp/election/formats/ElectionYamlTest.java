package lmp.election.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.election.Challenge;
import lmp.election.Election;
import lmp.election.ElectionStatus;
import lmp.election.OfficeKind;
import lmp.election.SpoiledBallot;
import lmp.election.Stage;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.io.Problem;
import org.junit.jupiter.api.Test;

/** The election file: every key read, written back in canonical form, and read again to the same election. */
class ElectionYamlTest {
    /** Every key the schema has, each with a value other than its default. */
    static final String FULL = """
            lmp_election: 1
            title: Full election
            method: stv
            seats: 2
            candidates: [Ann Steward, Ben Plain, Cat Late]
            withdrawn: [Cat Late]
            rules: {write_ins: true, max_rankings: 2}
            tie_break: {mode: lot, seed: "99"}
            ballots: [b1.csv, b2.csv]
            office:
              role: custom
              scope: U1
              description: Safety committee
              candidates: [{id: "1", name: Ann Steward}, {id: "2", name: Ben Plain}]
              local: L1
              officials: ["9"]
              list_inspection_on_request: true
            roster: {path: roster.yaml, sha256: abc, certified_digest: def}
            dates:
              eligibility: 2026-09-01
              nomination: 2026-09-02
              notice_mailed: 2026-09-03
              list_inspection_from: 2026-09-04
              list_inspection_until: 2026-09-05
              voting_opens: 2026-09-06
              voting_closes: 2026-09-07
              mail_ballot: true
              ballots_mailed: 2026-09-08
              return_deadline: 2026-09-09
              count: 2026-09-10
              term_starts: 2026-09-11
              runoff_notice: 2026-09-12
            voters: ["1", "2", "3"]
            challenged: [{voter: "3", reason: no ID, resolution: accepted}]
            spoiled: [{count: 2, reason: torn}]
            notice: {announces_runoff: true}
            records: {keep_until: 2027-09-10, checkoff: checkoff.csv}
            audit_log: full.audit.jsonl
            runoff: {date: 2026-10-01}
            stage: certified
            lot: {seed: "99", witnesses: [Ann Observer], drawn_on: 2026-09-10}
            audit_chain: {records: 7, last: "ff"}
            """;

    private static Parsed<Election> read(String yaml) {
        return ElectionYaml.read(InputFile.ofText("e.yaml", yaml));
    }

    private static List<String> problems(String yaml) {
        return read(yaml).problems().stream().map(Problem::message).toList();
    }

    @Test
    void everyKeyIsRead() {
        Parsed<Election> p = read(FULL);
        assertThat(p.problems()).isEmpty();
        Election e = p.orThrow();
        assertThat(e.count().title()).isEqualTo("Full election");
        assertThat(e.count().method()).isEqualTo("stv");
        assertThat(e.count().seats()).isEqualTo(2);
        assertThat(e.count().candidates()).containsExactly("Ann Steward", "Ben Plain", "Cat Late");
        assertThat(e.count().withdrawn()).containsExactly("Cat Late");
        assertThat(e.count().rules()).isEqualTo(Map.of("write_ins", "true", "max_rankings", "2"));
        assertThat(e.count().tieBreak()).isEqualTo(Map.of("mode", "lot", "seed", "99"));
        assertThat(e.count().ballots()).containsExactly("b1.csv", "b2.csv");
        assertThat(e.office().kind()).isEqualTo(OfficeKind.CUSTOM);
        assertThat(e.office().scope()).isEqualTo("U1");
        assertThat(e.office().description()).contains("Safety committee");
        assertThat(e.office().candidates()).extracting(c -> c.memberId() + "=" + c.name()).containsExactly("1=Ann Steward", "2=Ben Plain");
        assertThat(e.office().local()).contains("L1");
        assertThat(e.office().officials()).containsExactly("9");
        assertThat(e.office().listInspectionOnRequest()).isTrue();
        assertThat(e.roster()).contains(new Election.RosterRef("roster.yaml", "abc"));
        var d = e.dates();
        assertThat(List.of(d.eligibility(), d.nomination(), d.noticeMailed(), d.listInspectionFrom(), d.listInspectionUntil(),
                d.votingOpens(), d.votingCloses(), d.ballotsMailed(), d.returnDeadline(), d.count(), d.termStarts(), d.runoffNotice()))
                .extracting(o -> o.map(LocalDate::getDayOfMonth).orElse(0)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(d.mailBallot()).isTrue();
        assertThat(e.voters()).containsExactly("1", "2", "3");
        assertThat(e.challenged()).singleElement().satisfies(c -> {
            assertThat(c.voter()).isEqualTo("3");
            assertThat(c.reason()).isEqualTo("no ID");
            assertThat(c.resolution()).isEqualTo(Challenge.Resolution.ACCEPTED);
        });
        assertThat(e.spoiled()).containsExactly(new SpoiledBallot(2, "torn"));
        assertThat(e.noticeAnnouncesRunoff()).isTrue();
        assertThat(e.keepRecordsUntil()).contains(LocalDate.parse("2027-09-10"));
        assertThat(e.checkoff()).contains("checkoff.csv");
        assertThat(e.auditLog()).contains("full.audit.jsonl");
        assertThat(e.auditLogPath()).isEqualTo("full.audit.jsonl");
        assertThat(e.runoffDate()).contains(LocalDate.parse("2026-10-01"));
        assertThat(e.status()).isEqualTo(new ElectionStatus(Stage.CERTIFIED, Optional.of(new ElectionStatus.Lot("99",
                List.of("Ann Observer"), LocalDate.parse("2026-09-10"))), Optional.of(new ElectionStatus.ChainHead(7, "ff")),
                Optional.of("def")));
    }

    @Test
    void theCanonicalFormReadsBackToTheSameElectionAndIsStable() {
        Election e = read(FULL).orThrow();
        String yaml = ElectionYaml.toYaml(e);
        assertThat(yaml).startsWith("# lmp election file; schema: docs/elections.md\n");
        Parsed<Election> again = read(yaml);
        assertThat(again.problems()).isEmpty();
        Election e2 = again.orThrow();
        assertThat(e2.count()).isEqualTo(e.count());
        assertThat(e2.office()).isEqualTo(e.office());
        assertThat(e2.roster()).isEqualTo(e.roster());
        assertThat(e2.dates()).isEqualTo(e.dates());
        assertThat(e2.voters()).isEqualTo(e.voters());
        assertThat(e2.challenged()).extracting(Challenge::voter, Challenge::reason, Challenge::resolution)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", "no ID", Challenge.Resolution.ACCEPTED));
        assertThat(e2.spoiled()).isEqualTo(e.spoiled());
        assertThat(e2.noticeAnnouncesRunoff()).isTrue();
        assertThat(e2.keepRecordsUntil()).isEqualTo(e.keepRecordsUntil());
        assertThat(e2.checkoff()).isEqualTo(e.checkoff());
        assertThat(e2.auditLog()).isEqualTo(e.auditLog());
        assertThat(e2.runoffDate()).isEqualTo(e.runoffDate());
        assertThat(e2.status()).isEqualTo(e.status());
        assertThat(ElectionYaml.toYaml(e2)).isEqualTo(yaml);
        // Rule values keep their YAML types: numbers and booleans unquoted.
        assertThat(yaml).contains("rules:\n  max_rankings: 2\n  write_ins: true\n", "tie_break:\n  mode: lot\n  seed: 99\n");
    }

    @Test
    void theDigestFormLeavesOutOnlyTheHeadOfTheChain() {
        Election e = read(FULL).orThrow();
        String digest = new String(ElectionYaml.digestForm(e), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(digest).doesNotContain("audit_chain").contains("lot:", "stage: certified");
        assertThat(digest).isEqualTo(ElectionYaml.toYaml(e.withStatus(e.status().withoutChain())));
    }

    @Test
    void aMinimalFileTakesTheDefaults() {
        Parsed<Election> p = read("lmp_election: 1\ntitle: t\nmethod: plurality\ncandidates: [A, B]\n"
                + "office: {role: ubt-co-lead, scope: U1}\n");
        assertThat(p.problems()).isEmpty();
        Election e = p.orThrow();
        assertThat(e.count().seats()).isEqualTo(1);
        assertThat(e.stage()).isEqualTo(Stage.DRAFT);
        assertThat(e.status().lot()).isEmpty();
        assertThat(e.status().chain()).isEmpty();
        assertThat(e.status().certifiedRoster()).isEmpty();
        assertThat(e.roster()).isEmpty();
        assertThat(e.noticeAnnouncesRunoff()).isFalse();
        assertThat(e.office().listInspectionOnRequest()).isFalse();
        assertThat(e.auditLogPath()).isEqualTo("audit.jsonl");
        String yaml = ElectionYaml.toYaml(e);
        // Nothing that is empty or false is written, except the notice's flag and mail_ballot.
        assertThat(yaml).isEqualTo("""
                # lmp election file; schema: docs/elections.md
                lmp_election: 1
                title: t
                method: plurality
                seats: 1
                candidates:
                - A
                - B
                ballots: []
                office:
                  role: ubt-co-lead
                  scope: U1
                  candidates: []
                dates:
                  mail_ballot: false
                voters: []
                notice:
                  announces_runoff: false
                stage: draft
                """);
    }

    @Test
    void whatIsWrongIsSaid() {
        assertThat(problems("title: x\noffice: {role: ubt-co-lead, scope: U1}\n"))
                .contains("not an lmp election file: add 'lmp_election: 1' at the top");
        assertThat(problems("lmp_election: 1\n")).contains("the election file is missing 'office' (role and scope); create it with "
                + "'lmp election new'");
        assertThat(read("lmp_election: 1\n").problems()).isNotEmpty();
        assertThat(problems("lmp_election: 1\noffice: {role: ubt-co-lead, scope: U1}\naudit_log: ../x.jsonl\n"))
                .contains("'audit_log' should be a plain file name next to the election file (letters, digits, '.', '_', '-'), "
                        + "found '../x.jsonl'");
        assertThat(problems("lmp_election: 1\noffice: {role: ubt-co-lead, scope: U1}\nchallenged: [{file: b.csv, voter: \"1\", "
                + "reason: r, resolution: pending}]\n")).contains("a challenge is recorded by voter, not by ballot file (29 CFR "
                + "452.97(b): the ballot stays sealed until the challenge is resolved); replace 'file' with 'voter: MEMBER_ID'");
        assertThat(problems("lmp_election: 1\noffice: {role: ubt-co-lead, scope: U1}\nchallenged: [{voter: \"1\", reason: r}]\n"))
                .contains("a challenged ballot is missing 'resolution'; write 'resolution: pending', 'accepted' or 'rejected'");
        Parsed<Election> noDay = read("lmp_election: 1\noffice: {role: ubt-co-lead, scope: U1}\nlot: {seed: \"1\", witnesses: [W]}\n");
        assertThat(noDay.problems()).isNotEmpty();
        assertThat(noDay.problems()).extracting(Problem::message).anyMatch(m -> m.contains("drawn_on"));
        Parsed<Election> spoiled = read("lmp_election: 1\ntitle: t\nmethod: plurality\ncandidates: [A]\n"
                + "office: {role: ubt-co-lead, scope: U1}\nspoiled: [{reason: torn}]\n");
        assertThat(spoiled.problems()).isEmpty();
        assertThat(spoiled.orThrow().spoiled()).containsExactly(new SpoiledBallot(1, "torn"));
        assertThat(problems("lmp_election: 1\noffice: {role: ubt-co-lead}\n")).anyMatch(m -> m.contains("scope"));
        assertThat(read("lmp_election: 1\noffice: {role: ubt-co-lead}\n").problems()).isNotEmpty();
    }
}
