package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lmp.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight {@code election intake}s into one election at the same time, each in its own JVM and each
 * taking in several ballot files in a row. Before the writer lock two concurrent intakes lost a
 * ballot file in 3 of 4 runs. Now every intake that reported success (exit 0) has its file in the
 * election file, one that gave up waiting (exit 75) has not, and the audit chain is whole.
 * {@code -Dlmp.stress.intakes=13} runs 104 intakes instead of 16.
 */
class ConcurrentIntakeTest {
    private static final int WORKERS = 8;

    @Test
    void eightConcurrentIntakesLoseNoBallotFile(@TempDir Path dir) throws Exception {
        int intakes = Integer.getInteger("lmp.stress.intakes", 2);
        Files.copy(Path.of("examples/roster.yaml"), dir.resolve("roster.yaml"));
        Files.copy(Path.of("examples/elections/icu-co-lead/election.key"), dir.resolve("election.key"), StandardCopyOption.COPY_ATTRIBUTES);
        Path election = dir.resolve("election.yaml");
        var n = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", dir.resolve("roster.yaml").toString(),
                "--candidates", "100101,100107,100125", "--method", "irv", "--nomination", "2026-10-01", "--notice", "2026-10-15",
                "--list-inspection-from", "2026-10-05", "--voting-opens", "2026-11-04", "--voting-closes", "2026-11-05",
                "--term-starts", "2027-01-01", "--as-of", "2026-09-30", "-o", election.toString(), "-q");
        assertThat(n.exit()).as(n.err()).isZero();

        StressWorkers.Outcome o = StressWorkers.run(WORKERS, IntakeStressMain.class, w -> List.of(election.toString(), Integer.toString(w), Integer.toString(intakes)));
        Set<String> succeeded = new HashSet<>(o.succeeded());
        Set<String> busy = new HashSet<>(o.busy());
        List<String> other = o.other();
        System.out.printf("concurrent intakes: %d workers x %d: %d taken in, %d busy (exit 75)%n", WORKERS, intakes,
                succeeded.size(), busy.size());
        assertThat(other).as("no intake failed otherwise").isEmpty();
        assertThat(succeeded.size() + busy.size()).isEqualTo(WORKERS * intakes);
        assertThat(succeeded).as("most intakes get the lock within the wait").hasSizeGreaterThan(WORKERS * intakes / 2);

        String file = Files.readString(election);
        Set<String> recorded = new HashSet<>();
        for (int w = 0; w < WORKERS; w++) {
            for (int i = 0; i < intakes; i++) {
                String name = "w" + w + "-" + i + ".csv";
                if (file.contains(name)) recorded.add(name);
            }
        }
        assertThat(recorded).as("every ballot file of a successful intake is recorded, and no other").isEqualTo(succeeded);
        var v = Cli.run("election", "verify", election.toString());
        assertThat(v.out()).as(v.err()).contains("audit chain intact: " + (1 + succeeded.size()) + " record(s)");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(x -> x.startsWith(".election.yaml.")).toList())
                    .as("no temporary file or journal left").containsExactly(".election.yaml.lock");
        }
    }
}
