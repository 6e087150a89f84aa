package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import lmp.count.BallotBox;
import lmp.count.Ranking;
import lmp.io.InputException;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

class BallotFilesTest {
    private static final List<String> ABC = List.of("Ana", "Ben", "Cy");
    private static final BallotCsv.Options STRICT = new BallotCsv.Options(false, false);

    /** Three candidates in the order Cy, Ana, Ben, and two ballots: 2 x (Cy, Ben), 1 x (Ana). */
    private static final String BLT = "3 1\n2 1 3 0\n1 2 0\n0\n\"Cy\"\n\"Ana\"\n\"Ben\"\n\"Title\"\n";

    private static List<String> groups(BallotBox.Builder b) {
        List<String> out = new ArrayList<>();
        b.build().forEach((r, w) -> out.add(w + " " + r));
        return out;
    }

    @Test
    void fileTypesAreToldByTheirEndingInAnyCase() {
        assertThat(BallotFiles.isBlt("a.BLT")).isTrue();
        assertThat(BallotFiles.isBlt("a.blt.csv")).isFalse();
        assertThat(BallotFiles.isCsv("a.CSV")).isTrue();
        assertThat(BallotFiles.isCsv("a.Tsv")).isTrue();
        assertThat(BallotFiles.isCsv("a.txt")).isFalse();
        assertThat(BallotFiles.isYaml("a.YAML")).isTrue();
        assertThat(BallotFiles.isYaml("a.yml")).isTrue();
        assertThat(BallotFiles.isYaml("a.json")).isFalse();
    }

    @Test
    void aBltFileIsMatchedToTheCandidatesByName() {
        BallotBox.Builder b = BallotBox.builder(ABC);
        BallotFiles.read(InputFile.ofText("t.blt", BLT), b, STRICT);
        // BLT candidate 1 is Cy (index 2 here), 2 is Ana (0), 3 is Ben (1)
        assertThat(groups(b)).containsExactly("2 [[2], [1]]", "1 [[0]]");
    }

    @Test
    void aBltCandidateThatIsNotACandidateIsAnErrorUnlessWriteInsAreAllowed() {
        String blt = BLT.replace("\"Ana\"", "\"Anna\"");
        assertThatThrownBy(() -> BallotFiles.read(InputFile.ofText("t.blt", blt), BallotBox.builder(ABC), STRICT))
                .isInstanceOf(InputException.class)
                .hasMessage("t.blt: candidate 'Anna' of the BLT file is not a candidate of the election (did you mean 'Ana'?);"
                        + " correct the name or allow write-ins");
        BallotBox.Builder b = BallotBox.builder(ABC);
        BallotFiles.read(InputFile.ofText("t.blt", blt), b, new BallotCsv.Options(true, false));
        assertThat(b.build().candidates()).containsExactly("Ana", "Ben", "Cy", "Anna");
        assertThat(groups(b)).containsExactly("2 [[2], [1]]", "1 [[3]]");
    }

    @Test
    void theBallotFilesTogetherHoldAtMostTheLimit() {
        BallotBox.Builder b = BallotBox.builder(ABC);
        b.add(Ranking.of(new int[][] {{1}}), 999_999_997);
        BallotFiles.read(InputFile.ofText("t.blt", BLT), b, STRICT); // 3 ballots: exactly 1,000,000,000
        assertThat(b.total()).isEqualTo(1_000_000_000L);

        BallotBox.Builder over = BallotBox.builder(ABC);
        over.add(Ranking.of(new int[][] {{1}}), 999_999_998);
        assertThatThrownBy(() -> BallotFiles.read(InputFile.ofText("t.blt", BLT), over, STRICT))
                .isInstanceOf(InputException.class)
                .hasMessage("t.blt: the ballot files together hold more than 1000000000 ballots; check the weights");
        assertThat(over.total()).isEqualTo(999_999_998L);
    }

    @Test
    void aCsvFileIsReadAsBallots() {
        BallotBox.Builder b = BallotBox.builder(ABC);
        BallotFiles.read(InputFile.ofText("b.TSV", "rank1\trank2\nBen\tCy\n"), b, STRICT);
        assertThat(groups(b)).containsExactly("1 [[1], [2]]");
    }

    @Test
    void readingRefusesFilesThatAreSomethingElseSayingWhatTheyAre() {
        assertThat(refusal("e.yaml", "# comment\n\nlmp_election: 1\n"))
                .isEqualTo("e.yaml:1: this is an election file, not a ballot file; cast ballots are a .blt, .csv or .tsv file");
        assertThat(refusal("r.yml", "lmp_roster: 1\n")).contains("this is a roster, not a ballot file");
        assertThat(refusal("m.yaml", "lmp_roster_mapping: 1\n")).contains("this is a roster mapping file, not");
        assertThat(refusal("x.json", "{\"a\": 1}\n")).contains("this is a YAML or JSON file, not");
        assertThat(refusal("x.yaml", "title: x\n")).contains("this is a YAML or JSON file, not");
        // a file of another type that starts like an lmp file
        assertThat(refusal("e.csv", "\uFEFFlmp_election: 1\n")).contains("this is an election file, not");
        assertThat(refusal("e.blt", "lmp_election\n")).contains("this is an election file, not");
        assertThat(refusal("c.csv", "Member_ID;\"Voted\"\n1;yes\n"))
                .isEqualTo("c.csv:1: this is a voter check-off list (columns member_id, voted), not a ballot file;"
                        + " give it as the check-off list (--checkoff)");
        assertThat(refusal("c.tsv", "# export\nname\tmember_id\nAna\t7\n"))
                .isEqualTo("c.tsv:1: this file has a member_id column: it is a roster or a list of members, not a"
                        + " ballot file; ballots never carry a member id (29 CFR 452.97)");
        assertThat(refusal("b.txt", "rank1\nAna\n"))
                .isEqualTo("b.txt: unknown ballot file type; use a .blt, .csv or .tsv file");
    }

    @Test
    void theCheckAloneLetsBallotFilesThrough() {
        BallotFiles.refuseOtherKinds(InputFile.ofText("b.csv", "rank1,voted\nAna,x\n"));
        BallotFiles.refuseOtherKinds(InputFile.ofText("t.blt", BLT));
        assertThatThrownBy(() -> BallotFiles.refuseOtherKinds(InputFile.ofText("c.csv", "member_id,voted\n")))
                .isInstanceOf(InputException.class).hasMessageContaining("voter check-off list");
    }

    private static String refusal(String name, String text) {
        BallotBox.Builder b = BallotBox.builder(ABC);
        try {
            BallotFiles.read(InputFile.ofText(name, text), b, new BallotCsv.Options(true, false));
        } catch (InputException e) {
            assertThat(b.total()).isZero();
            return e.getMessage();
        }
        throw new AssertionError(name + " was read as ballots");
    }
}
