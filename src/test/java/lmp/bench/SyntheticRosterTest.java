package lmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import lmp.roster.Roster;
import lmp.roster.RosterRules;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator other benchmarks rely on: valid rosters, the same bytes for the same arguments. */
class SyntheticRosterTest {
    @TempDir
    Path dir;

    @Test
    void generatedRosterKeepsEveryRule() {
        Roster r = SyntheticRoster.generate(3000, 700, 7);
        assertThat(r.members()).hasSize(3000);
        assertThat(r.roles()).hasSize(700);
        assertThat(r.ubts()).hasSize(100);
        assertThat(RosterRules.check(r)).isEmpty();
    }

    @Test
    void sameArgumentsGiveTheSameBytesAndCsvImportsToTheSameRosterAsYaml() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path y = dir.resolve("c.yaml");
        SyntheticRoster.main(new String[] {"--members", "500", "--roles", "60", "--seed", "3", "--format", "csv", "--out", a.toString()});
        SyntheticRoster.main(new String[] {"--members", "500", "--roles", "60", "--seed", "3", "--format", "csv", "--out", b.toString()});
        SyntheticRoster.main(new String[] {"--members", "500", "--roles", "60", "--seed", "3", "--format", "yaml", "--out", y.toString()});
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        Path imported = dir.resolve("imported.yaml");
        var r = Cli.run("roster", "import", a.toString(), "--into", imported.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(imported)).isEqualTo(Files.readString(y));
        assertThat(RosterYaml.toYaml(SyntheticRoster.generate(500, 60, 4))).isNotEqualTo(Files.readString(y));
    }
}
