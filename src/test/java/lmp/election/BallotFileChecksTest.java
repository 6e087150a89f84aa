package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

class BallotFileChecksTest {
    private static Map.Entry<String, InputFile> file(String name, String text) {
        return Map.entry(name, InputFile.ofText(name, text));
    }

    @Test
    void distinctFilesWithDistinctIdsPass() {
        assertThat(BallotFileChecks.duplicates(List.of(file("a.csv", "ballot_id,rank1\nA1,X\n"), file("b.csv", "ballot_id,rank1\nB1,X\n")))).isEmpty();
    }

    @Test
    void aCopyIsFoundByContentWhateverItsName() {
        assertThat(BallotFileChecks.duplicates(List.of(file("a.csv", "rank1\nX\n"), file("copy.csv", "rank1\nX\n"))))
                .containsExactly("ballot file copy.csv has the same content (SHA-256 " + InputFile.sha256Hex("rank1\nX\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12) + "...) as a.csv; a copy or a link is not a second set of ballots");
    }

    @Test
    void aRepeatedBallotIdIsFoundAcrossFilesAndWithinOne() {
        assertThat(BallotFileChecks.duplicates(List.of(file("a.csv", "ballot_id,rank1\nA1,X\n"), file("b.csv", "ballot_id,rank1\nA1,Y\nB2,Y\n"))))
                .containsExactly("ballot file b.csv repeats 1 ballot id(s) already in a.csv; each ballot is taken in once");
        assertThat(BallotFileChecks.duplicates(List.of(file("a.csv", "ballot_id,rank1\nA1,X\nA1,Y\n"))))
                .containsExactly("ballot file a.csv repeats 1 ballot id(s) already in a.csv itself; each ballot is taken in once");
    }

    @Test
    void aFileListedTwiceIsFound() {
        assertThat(BallotFileChecks.duplicates(List.of(file("a.csv", "rank1\nX\n"), file("a.csv", "rank1\nX\n"))))
                .containsExactly("ballot file a.csv is listed twice; list each file once");
    }
}
