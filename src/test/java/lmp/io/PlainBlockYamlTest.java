package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import lmp.bench.SyntheticRoster;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;

/**
 * The fast reader must give exactly the full parser's tree whenever it accepts a text, and accept
 * the YAML lmp writes. Checked on every YAML file in the project, on generated rosters, on tricky
 * cases, and on thousands of seeded random edits of a small roster.
 */
class PlainBlockYamlTest {

    private static Optional<Node> fast(String text) {
        return PlainBlockYaml.parse("t.yaml", text, java.util.Set.of(), (k, n) -> { });
    }

    /** When the fast reader accepts, the full parser accepts too and gives an equal tree. */
    private static boolean sameAsFullParser(String text) {
        Optional<Node> quick = fast(text);
        if (quick.isEmpty()) return false;
        Node full;
        try {
            full = YamlTree.parseYaml("t.yaml", text);
        } catch (InputException e) {
            throw new AssertionError("fast reader accepted what the full parser refuses (" + e.getMessage() + "):\n" + text);
        }
        assertThat(quick.get()).as("tree of:\n%s", text).isEqualTo(full);
        return true;
    }

    @Test
    void everyYamlFileInTheProjectReadsTheSameOrFallsBack() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("examples")), Files.walk(Path.of("src/test/resources")))) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        int accepted = 0;
        for (Path p : files) {
            String text;
            try {
                text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            if (sameAsFullParser(text)) accepted++;
        }
        assertThat(accepted).as("files read by the fast path").isGreaterThan(0);
        assertThat(fast(Files.readString(Path.of("examples/roster.yaml")))).isPresent();
    }

    @Test
    void rostersLmpWritesAreReadByTheFastPath() {
        for (int seed = 1; seed <= 3; seed++) {
            String yaml = RosterYaml.toYaml(SyntheticRoster.generate(800, 120, seed));
            assertThat(sameAsFullParser(yaml)).as("seed %d", seed).isTrue();
        }
        String tricky = RosterYaml.toYaml(lmp.roster.Roster.of("Tricky: \"quotes\" # and\\ \u00e9 \u4e2d",
                List.of(), List.of(), List.of(), List.of()));
        assertThat(sameAsFullParser(tricky)).isTrue();
    }

    @Test
    void streamedItemsAreTheItemsOfTheFullTree() {
        String yaml = RosterYaml.toYaml(SyntheticRoster.generate(50, 10, 9));
        List<Node> streamed = new ArrayList<>();
        Node root = PlainBlockYaml.parse("t.yaml", yaml, java.util.Set.of("members"), (k, n) -> streamed.add(n)).orElseThrow();
        Node.MapNode full = (Node.MapNode) YamlTree.parseYaml("t.yaml", yaml);
        assertThat(streamed).isEqualTo(((Node.ListNode) full.get("members").orElseThrow()).items());
        assertThat(((Node.ListNode) ((Node.MapNode) root).get("members").orElseThrow()).items()).isEmpty();
    }

    @Test
    void keywordKeysUnicodeAndPunctuationInsidePlainValuesReadTheSame() {
        for (String text : List.of("null: 1\n", "true: 1\nNull: 2\n", "x_1: a\n_y: b\n", "a: \u00dcn\u00efc\u00f6d\u00e9 na\u00efve\n",
                "a: b,c [d] {e}\n", "a: 12345\nb: 0\n", "a: O'Brien & Sons (west) - 2/3\n", "a:\n  b:\n    c: d\n  e: f\n",
                "list:\n-   x: 1\n    y: 2\n-   x: 3\n", "a: \"\\u00e9\\n\\\"\"\n")) {
            assertThat(sameAsFullParser(text)).as(text).isTrue();
        }
    }

    @Test
    void textsOutsideThePlainBlockStyleFallBack() {
        for (String text : List.of("a: {b: 1}\n", "a: &x [1]\n", "a: 'single'\n", "a: b # comment\n", "a:\tb\n", "a: b\r\n",
                "a: 1\na: 2\n", "- a\n", "a: |\n  text\n", "a: b\n  c\n", "---\na: 1\n", "a: \"open\n", "a: True\n",
                "a: 0x1F\n", "a: 1.5\n", "a: -1\n", "a: ~\n", "\"a\": 1\n", "a: b: c\n", "", "# only a comment\n",
                "a: !tag x\n", "a: *x\n", "a: \"\\x41\"\n", "a: [1]\n", "a:\n  - 1\n")) {
            assertThat(fast(text)).as(text).isEmpty();
        }
    }

    @Test
    void seededRandomEditsOfARosterNeverMakeTheFastReaderDisagree() {
        String base = """
                lmp_roster: 1
                name: "Example \\"Valley\\""
                councils:
                - id: SC
                  area: hospital
                ubts: []
                members:
                  # a comment
                  - id: "1"
                    name: Ana Ruiz, Jr.
                    good_standing: true
                    steward:
                      since: 2020-01-01
                      council: SC
                  - id: 2
                    name: null
                    empty:
                roles:
                - member: "1"
                  role: ubt-co-lead
                """;
        String alphabet = " :#-\"'\n[]{}&*!|>%@`\t0aZ,\\.~";
        SplittableRandom random = new SplittableRandom(20261122);
        int accepted = 0;
        for (int i = 0; i < 4000; i++) {
            StringBuilder sb = new StringBuilder(base);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> sb.insert(at, c);
                    case 1 -> sb.deleteCharAt(at);
                    default -> sb.setCharAt(at, c);
                }
            }
            if (sameAsFullParser(sb.toString())) accepted++;
        }
        assertThat(accepted).as("edits still in the plain block style").isGreaterThan(100);
    }
}
