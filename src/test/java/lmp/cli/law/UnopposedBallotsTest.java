package lmp.cli.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 4: an unopposed candidate is declared elected where the role policy allows it (29
 * CFR 452.28), and then no ballot is printed; where the policy does not allow it, the ballot is held.
 */
class UnopposedBallotsTest {

    private static Path election(Path dir) {
        Path e = dir.resolve("icu.yaml");
        var r = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", "examples/roster.yaml",
                "--candidates", "100107", "--nomination", "2026-10-01", "--notice", "2026-10-15", "--list-inspection-from", "2026-10-05",
                "--voting-opens", "2026-11-04", "--voting-closes", "2026-11-05", "--term-starts", "2027-01-01",
                "--as-of", "2026-09-30", "-o", e.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        return e;
    }

    @Test
    void whereThePolicyDeclaresUnopposedCandidatesElectedNoBallotIsPrinted(@TempDir Path dir) throws Exception {
        Path e = election(dir);
        Path policy = Files.writeString(dir.resolve("bylaws.yaml"), "lmp_policy: 1\nroles:\n  ubt-co-lead:\n    unopposed_declared_elected: true\n");
        var r = Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("print").toString(), "--policy", policy.toString(),
                "--as-of", "2026-10-14");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("no ballots printed", "declared elected unopposed", "29 CFR 452.28");
        assertThat(dir.resolve("print")).doesNotExist();
    }

    @Test
    void withoutSuchAPolicyTheBallotOfTheOnlyCandidateIsStillPrinted(@TempDir Path dir) {
        Path e = election(dir);
        var r = Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("print").toString(), "--as-of", "2026-10-14");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("print").resolve("ballots.pdf")).exists();
    }
}
