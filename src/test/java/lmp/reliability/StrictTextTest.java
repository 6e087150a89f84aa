package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names are one name however they are typed, and texts that would hide or act are refused, through the real CLI. */
class StrictTextTest {
    /** "Nguyễn Thị Hồng" precomposed (NFC) and as base letters plus combining accents (NFD). */
    static final String HONG_NFC = "Nguy\u1EC5n Th\u1ECB H\u1ED3ng";
    static final String HONG_NFD = "Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path election(String candidates, boolean writeIns, String... ballots) throws IOException {
        return write("election.yaml", "lmp_election: 1\ntitle: Test\nmethod: plurality\nseats: 1\ncandidates: [" + candidates
                + "]\nrules:\n  write_ins: " + writeIns + "\nballots: [" + String.join(", ", ballots) + "]\n");
    }

    @Test
    void aCandidateSpelledNfcOnOneBallotFileAndNfdOnAnotherIsOneCandidate() throws IOException {
        assertThat(HONG_NFD).isNotEqualTo(HONG_NFC);
        write("a.csv", "rank1\n" + HONG_NFC + "\nAna Lee\n");
        write("b.csv", "rank1\n" + HONG_NFD + "\n" + HONG_NFD + "\n");
        // With write-ins allowed, a second spelling used to become a second candidate and split the vote.
        Path e = election(HONG_NFD + ", Ana Lee", true, "a.csv", "b.csv");
        Cli.Result r = Cli.run("election", "tally", e.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        // By hand: three ballots for Hồng (one NFC, two NFD), one for Ana Lee; two candidates in all.
        assertThat(r.out()).contains("\"" + HONG_NFC + "\" : 3").contains("\"Ana Lee\" : 1").doesNotContain(HONG_NFD);
    }

    @Test
    void aBltNameInNfdMatchesTheElectionCandidateInNfc() throws IOException {
        write("b.blt", "2 1\n1 1 0\n1 1 0\n1 2 0\n0\n\"" + HONG_NFD + "\"\n\"Ana Lee\"\n\"t\"\n");
        Path e = election(HONG_NFC + ", Ana Lee", false, "b.blt");
        Cli.Result r = Cli.run("election", "tally", e.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"" + HONG_NFC + "\" : 2");
    }

    @Test
    void aCandidateWithARightToLeftOverrideIsRefusedWithTheCharacterNamed() throws IOException {
        Path e = election("\"Ana \\u202eeeL\", Ben", false, "a.csv");
        write("a.csv", "rank1\nBen\n");
        Cli.Result r = Cli.run("election", "tally", e.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("election.yaml:5:").contains("U+202E RIGHT-TO-LEFT OVERRIDE").contains("<U+202E>")
                .doesNotContain("\u202e");
    }

    @Test
    void aBallotNameWithEscapeNeverReachesTheTerminal() throws IOException {
        write("a.csv", "rank1\nAna\u001B[2J\n");
        Path e = election("Ana, Ben", true, "a.csv");
        Cli.Result r = Cli.run("election", "tally", e.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("a.csv:2:").contains("U+001B ESCAPE").doesNotContain("\u001B");
    }

    @Test
    void aMixedScriptLookalikeOfACandidateIsRefusedNotCountedAsAWriteIn() throws IOException {
        write("a.csv", "rank1\n\u0410na\nAna\n");
        Path e = election("Ana, Ben", true, "a.csv");
        Cli.Result r = Cli.run("election", "tally", e.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("a.csv:2:").contains("U+0410 CYRILLIC CAPITAL LETTER A");
    }

    @Test
    void aRosterMemberNameIsReadInNfc() throws IOException {
        Path roster = write("roster.yaml", "lmp_roster: 1\nubts: []\nmembers:\n- id: M1\n  name: " + HONG_NFD
                + "\n  local: '39'\nroles: []\n");
        Cli.Result r = Cli.run("roster", "export", roster.toString(), "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(HONG_NFC).doesNotContain(HONG_NFD);
    }
}
