package lmp.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lmp.count.formats.Blt;
import lmp.io.InputFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Counts every reference election of ../shared/testdata (copied into the test resources) and
 * compares the winners and their final votes with the independent count in the reference file
 * (Droop v0.11), read from its last "Action: Count Complete" block.
 */
class ReferenceElectionsTest {
    private static final Path ROOT = Path.of("src/test/resources/count");

    static Stream<String> glasgow() throws IOException {
        return names("stv-glasgow-2007");
    }

    static Stream<String> meek() throws IOException {
        return names("meek-prf");
    }

    private static Stream<String> names(String dir) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".blt"))
                    .map(n -> dir + "/" + n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("glasgow")
    void scottishStvElectsTheSameCandidatesWithTheSameVotesAsTheReferenceCount(String election) throws IOException {
        assertMatchesReference(election, Method.STV);
    }

    @ParameterizedTest
    @MethodSource("meek")
    void meekStvElectsTheSameCandidatesWithTheSameVotesAsTheReferenceCount(String election) throws IOException {
        assertMatchesReference(election, Method.MEEK);
    }

    private static void assertMatchesReference(String election, Method method) throws IOException {
        Path blt = ROOT.resolve(election + ".blt");
        Blt.Election e = Blt.read(InputFile.of(blt.toString(), Files.readAllBytes(blt)));
        CountConfig config = CountConfig.defaults(method, e.seats()).withWithdrawn(e.withdrawn())
                .withTieBreak(CountConfig.TieBreakMode.ORDER);
        Result r = Count.run(config, e.ballots(), "reference");
        Map<String, BigDecimal> expected = referenceWinners(ROOT.resolve(election + ".reference.txt"));

        Map<String, BigDecimal> tallies = r.rounds().get(r.rounds().size() - 1).tallies();
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        for (String w : r.winners()) actual.put(w, tallies.get(w));
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    /** Winners and final votes from the last "Action: Count Complete" block of a Droop report. */
    static Map<String, BigDecimal> referenceWinners(Path reference) throws IOException {
        List<String> lines = Files.readAllLines(reference);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Action: Count Complete")) start = i;
        }
        assertThat(start).as("Count Complete block in " + reference).isNotNegative();
        Map<String, BigDecimal> winners = new LinkedHashMap<>();
        for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("\t"); i++) {
            String l = lines.get(i).strip();
            if (!l.startsWith("Elected:")) continue;
            String body = l.substring("Elected:".length()).strip();
            int open = body.lastIndexOf(" (");
            winners.put(body.substring(0, open), new BigDecimal(body.substring(open + 2, body.length() - 1)));
        }
        assertThat(winners).isNotEmpty();
        return winners;
    }
}
