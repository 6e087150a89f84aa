package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import lmp.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The election commands that change several files (intake: election file and audit log; tally:
 * those and the reports; certify: those, the roster and the certificate) under the fault layer: a
 * failure and a crash at each of their file steps leave every file as it was or as a clean run
 * leaves it, never a mix (issue 15, "one command, one transaction").
 */
class ElectionFaultTest {
    private static final String E = "examples/elections/icu-co-lead/";

    @TempDir
    static Path tmp;

    /** The example election after 'new' (and a resolved challenge), after intake and after tally, each a directory to copy from. */
    private static Path drafted;
    private static Path takenIn;
    private static Path counted;

    @BeforeAll
    static void buildTheStagesOnce() throws IOException {
        drafted = Files.createDirectories(tmp.resolve("drafted"));
        for (String f : List.of("examples/roster.yaml", E + "cast-ballots.csv", E + "checkoff-marked.csv", E + "election.key")) {
            Files.copy(Path.of(f), drafted.resolve(Path.of(f).getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        run(drafted, d -> new String[] {"election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU",
            "--roster", d.resolve("roster.yaml").toString(), "--candidates", "100101,100107,100125", "--method", "irv",
            "--nomination", "2026-10-01", "--notice", "2026-10-15", "--list-inspection-from", "2026-10-05",
            "--voting-opens", "2026-11-04", "--voting-closes", "2026-11-05", "--term-starts", "2027-01-01",
            "--as-of", "2026-09-30", "-o", d.resolve("election.yaml").toString(), "-q"});
        // as in the shipped example: one challenged voter, admitted, whose ballot is among the cast ones
        run(drafted, d -> new String[] {"election", "intake", d.resolve("election.yaml").toString(), "--challenge-voter", "100149",
            "--reason", "no photo ID at the polls", "--as-of", "2026-11-05", "-q"});
        run(drafted, d -> new String[] {"election", "intake", d.resolve("election.yaml").toString(), "--resolve", "100149",
            "--accept", "--as-of", "2026-11-05", "-q"});
        takenIn = copyOf(drafted, "taken-in");
        run(takenIn, INTAKE);
        counted = copyOf(takenIn, "counted");
        run(counted, TALLY);
    }

    private static final Function<Path, String[]> INTAKE = d -> new String[] {"election", "intake",
        d.resolve("election.yaml").toString(), "--ballots", d.resolve("cast-ballots.csv").toString(),
        "--checkoff", d.resolve("checkoff-marked.csv").toString(), "--as-of", "2026-11-05", "-q"};
    private static final Function<Path, String[]> TALLY = d -> new String[] {"election", "tally",
        d.resolve("election.yaml").toString(), "--as-of", "2026-11-05", "-q"};
    private static final Function<Path, String[]> CERTIFY = d -> new String[] {"election", "certify",
        d.resolve("election.yaml").toString(), "--roster", d.resolve("roster.yaml").toString(), "--as-of", "2026-11-06", "-q"};

    @Test
    void intakeFailingOrCrashingAtAnyStepLeavesTheElectionOldOrTakenIn() {
        check(drafted, INTAKE);
    }

    @Test
    void tallyFailingOrCrashingAtAnyStepLeavesTheElectionOldOrCounted() {
        check(takenIn, TALLY);
    }

    @Test
    void certifyFailingOrCrashingAtAnyStepLeavesRosterCertificateAndLogAllOldOrAllNew() {
        check(counted, CERTIFY);
    }

    private static void check(Path stage, Function<Path, String[]> command) {
        for (boolean crash : List.of(false, true)) {
            Path dir = tmp.resolve("run-" + stage.getFileName() + (crash ? "-crash" : "-fail"));
            Runnable setUp = () -> replaceWith(dir, stage);
            List<CommandFaultHarness.Outcome> outcomes = CommandFaultHarness.everyStep(dir, setUp,
                    () -> Cli.run(command.apply(dir)), dir.resolve("election.yaml"), crash);
            assertThat(outcomes).as("file steps").hasSizeGreaterThan(8);
            assertThat(outcomes).anyMatch(CommandFaultHarness.Outcome::old).anyMatch(o -> !o.old());
            if (crash) {
                // before the commit record every file is old; from it on every file is new
                int firstNew = outcomes.indexOf(outcomes.stream().filter(o -> !o.old()).findFirst().orElseThrow());
                assertThat(outcomes.subList(firstNew, outcomes.size())).noneMatch(CommandFaultHarness.Outcome::old);
            }
        }
    }

    private static Path copyOf(Path from, String name) {
        Path to = tmp.resolve(name);
        replaceWith(to, from);
        return to;
    }

    private static void run(Path dir, Function<Path, String[]> command) {
        Cli.Result r = Cli.run(command.apply(dir));
        assertThat(r.exit()).as(r.err()).isZero();
    }

    /** Makes {@code dir} an exact copy of {@code from} (hidden lock files included, so no stale lock or journal stays). */
    private static void replaceWith(Path dir, Path from) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        if (!p.equals(dir)) Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path target = dir.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
