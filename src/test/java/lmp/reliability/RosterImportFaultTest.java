package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import lmp.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster import} under the fault layer: a failure and a crash at each of its file steps. */
class RosterImportFaultTest {

    @Test
    void aFailureAtEveryStepLeavesTheRosterAsItWasOrWritten(@TempDir Path tmp) throws IOException {
        List<CommandFaultHarness.Outcome> outcomes = run(tmp, false);
        assertThat(outcomes).hasSizeGreaterThan(8);
        assertThat(outcomes).anyMatch(CommandFaultHarness.Outcome::old).anyMatch(o -> !o.old());
    }

    @Test
    void aCrashAtEveryStepIsRecoveredByTheNextImport(@TempDir Path tmp) throws IOException {
        List<CommandFaultHarness.Outcome> outcomes = run(tmp, true);
        // before the commit record: the old roster; from it on: the new one
        int firstNew = outcomes.indexOf(outcomes.stream().filter(o -> !o.old()).findFirst().orElseThrow());
        assertThat(outcomes.subList(0, firstNew)).allMatch(CommandFaultHarness.Outcome::old);
        assertThat(outcomes.subList(firstNew, outcomes.size())).noneMatch(CommandFaultHarness.Outcome::old);
    }

    private static List<CommandFaultHarness.Outcome> run(Path tmp, boolean crash) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("roster"));
        Path roster = dir.resolve("roster.yaml");
        Path csv = Files.writeString(tmp.resolve("new.csv"), "record,member_id,name,local,bargaining_unit,ubt,status,good_standing\n"
                + "member,9000001,New Member,UNAC/UHCP,Inpatient RN,EVMC-ICU,active,true\n");
        Runnable setUp = () -> {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
                Files.copy(Path.of("examples/roster.yaml"), roster, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return CommandFaultHarness.everyStep(dir, setUp,
                () -> Cli.run("roster", "import", csv.toString(), "--into", roster.toString(), "-q"), roster, crash);
    }
}
