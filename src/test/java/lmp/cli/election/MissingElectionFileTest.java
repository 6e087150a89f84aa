package lmp.cli.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lmp.cli.Cli;
import lmp.cli.ExitCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step given an election file that is not there is refused with exit 66 and writes nothing: not
 * even the empty lock file it would take beside an election it changes (it used to be left behind,
 * next to the mistyped name).
 */
class MissingElectionFileTest {
    @TempDir
    Path dir;
    @TempDir
    Path inputs;

    @ParameterizedTest
    @ValueSource(strings = {
            "check ELECTION --record --as-of 2026-11-06",
            "verify ELECTION --record",
            "reopen ELECTION --reason typo --as-of 2026-11-06",
            "draw ELECTION --seed 42 --witness Ann --witness Bo --as-of 2026-11-06",
            "intake ELECTION --ballots INPUTS/b.csv --as-of 2026-11-06",
            "certify ELECTION --roster DIR/roster.yaml --as-of 2026-11-06",
            "ballots ELECTION --out DIR/out",
            "tally ELECTION"})
    void isRefusedAndLeavesNoLockFile(String step) throws Exception {
        Files.writeString(inputs.resolve("b.csv"), "ballot_id,rank1\nb1,Uma Estrada\n");
        String election = dir.resolve("nosuch.yaml").toString();
        String[] args = ("election " + step).replace("ELECTION", election).replace("DIR", dir.toString())
                .replace("INPUTS", inputs.toString()).split(" ");

        Cli.Result r = Cli.run(args);

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(r.err()).contains(election + ": no such file");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("files left in the directory").isEmpty();
        }
    }
}
