package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long reads show a progress bar to a person at a terminal, and nothing to cron or a pipe. */
class ProgressWiringTest {

    private static Cli atTerminal() {
        return new Cli(new CliEnvironment(Cli.FIXED_CLOCK, Map.of(), InputStream.nullInputStream(), true));
    }

    private static Path ballots(Path dir, int n) throws Exception {
        StringBuilder sb = new StringBuilder("rank1,rank2\n");
        for (int i = 0; i < n; i++) {
            sb.append(i % 3 == 0 ? "Ana,Ben\n" : "Ben,Ana\n");
        }
        Path f = dir.resolve("ballots.csv");
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void tallyAtATerminalDrawsABarThatReachesEveryBallotAndIsErased(@TempDir Path dir) throws Exception {
        var r = atTerminal().execute("election", "tally", ballots(dir, 3000).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("Reading ballots", "100% 3,000/3,000");
        assertThat(r.err()).endsWith("\r");
        assertThat(r.out()).doesNotContain("Reading ballots").contains("Winners");
    }

    @Test
    void tallyInCronOrAPipeDrawsNothing(@TempDir Path dir) throws Exception {
        var r = Cli.run("election", "tally", ballots(dir, 3000).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).doesNotContain("Reading", "\r");
    }

    @Test
    void quietTurnsTheBarOff(@TempDir Path dir) throws Exception {
        var r = atTerminal().execute("-q", "election", "tally", ballots(dir, 3000).toString());
        assertThat(r.err()).doesNotContain("Reading");
    }

    @Test
    void rosterImportAtATerminalDrawsABarOverTheRows(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("roster.yaml");
        var r = atTerminal().execute("roster", "import", "examples/roster.csv", "--into", roster.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("Importing examples/roster.csv", "100%");
        assertThat(Files.exists(roster)).isTrue();
    }
}
