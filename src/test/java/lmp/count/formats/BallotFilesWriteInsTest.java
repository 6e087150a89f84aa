package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import lmp.count.BallotBox;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

class BallotFilesWriteInsTest {
    @Test
    void bltCandidatesAlreadyKnownAreMatchedNotAddedWhenWriteInsAreAllowed() {
        BallotBox.Builder b = BallotBox.builder(List.of("Ana", "Ben"));
        String blt = "3 1\n2 1 2 0\n1 3 0\n0\n\"Ana\"\n\"Ben\"\n\"Zoe\"\n\"T\"\n";
        BallotFiles.read(InputFile.ofText("b.blt", blt), b, new BallotCsv.Options(true, false));
        BallotBox box = b.build();
        assertThat(box.candidates()).containsExactly("Ana", "Ben", "Zoe");
        List<String> out = new ArrayList<>();
        box.forEach((r, w) -> out.add(w + " " + r));
        assertThat(out).containsExactlyInAnyOrder("2 [[0], [1]]", "1 [[2]]");
    }
}
