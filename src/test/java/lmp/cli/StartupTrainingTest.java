package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import lmp.io.InputFile;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = StartupTraining.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void trainingRosterIsAValidRosterSoTheTrainingRunTakesTheNormalPath() throws IOException {
        var parsed = RosterYaml.read(InputFile.ofText("training.yaml", resource("/lmp/startup-training-roster.yaml")));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void trainingBallotsCountLikeAnyBallotFile() throws IOException {
        var r = Cli.standard().withStdin(resource("/lmp/startup-training-ballots.csv")).execute("election", "tally", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("instant-runoff");
    }

    @Test
    void trainingRunCompletesWithoutThrowing() {
        StartupTraining.main(new String[0]);
    }
}
