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
    void trainingBltCountsByBothStvMethods(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path blt = dir.resolve("training.blt");
        java.nio.file.Files.writeString(blt, resource("/lmp/startup-training-ballots.blt"));
        var scottish = Cli.run("election", "tally", blt.toString());
        assertThat(scottish.exit()).as(scottish.err()).isZero();
        // 42 ballots, 2 seats: quota 42/3 + 1 = 15; Ada Reyes has 12 + 3 = 15 first preferences
        assertThat(scottish.out()).contains("Scottish STV", "Quota: 15.00000", "Winners (in order of election): Ada Reyes, Cora Lindqvist");
        var meek = Cli.run("election", "tally", "--method", "meek", blt.toString());
        assertThat(meek.exit()).as(meek.err()).isZero();
        assertThat(meek.out()).contains("Meek");
    }

    @Test
    void trainingRunCompletesWithoutThrowing() {
        StartupTraining.main(new String[0]);
    }
}
