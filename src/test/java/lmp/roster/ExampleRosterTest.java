package lmp.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import lmp.io.InputFile;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;

class ExampleRosterTest {

    @Test
    void shippedExampleRosterReadsWithoutProblems() {
        var parsed = RosterYaml.read(InputFile.read(Path.of("examples/roster.yaml").toString(), java.io.InputStream.nullInputStream()));
        assertThat(parsed.problems()).isEmpty();
        Roster roster = parsed.orThrow();
        assertThat(roster.members()).hasSize(60);
        assertThat(roster.ubts()).hasSize(6);
        assertThat(roster.roles()).extracting(RoleAssignment::role).contains(Role.UBT_CO_LEAD, Role.LABOR_PARTNER,
                Role.CONTRACT_SPECIALIST, Role.STEWARD_COUNCIL_CHAIR);
        assertThat(roster.member("100101")).get().extracting(Member::name).isNotNull();
    }

    @Test
    void writtenRosterReadsBackToTheSameText() {
        Roster roster = RosterYaml.read(InputFile.read("examples/roster.yaml", java.io.InputStream.nullInputStream())).orThrow();
        String once = RosterYaml.toYaml(roster);
        Roster again = RosterYaml.read(InputFile.ofText("again.yaml", once)).orThrow();
        assertThat(RosterYaml.toYaml(again)).isEqualTo(once);
        assertThat(again.members()).hasSize(60);
    }
}
