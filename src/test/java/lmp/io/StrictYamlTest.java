package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two YAML readers agree on every escape, and tags are refused, not ignored. */
class StrictYamlTest {
    private static Node fast(String text) {
        return YamlTree.parseStreaming(InputFile.ofText("f.yaml", text), Set.of(), (k, n) -> { });
    }

    @Test
    void aFullwidthHexEscapeIsRefusedByBothReaders() {
        // "\u０００４Ａ" (fullwidth digits): Character.digit reads them as hex, YAML does not.
        String text = "name: \"A\\u\uFF10\uFF10\uFF14\uFF21\"\n";
        assertThatThrownBy(() -> YamlTree.parseYaml("f.yaml", text)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> fast(text)).isInstanceOf(InputException.class).hasMessageContaining("f.yaml:1:");
    }

    @Test
    void anAsciiHexEscapeIsReadTheSameByBoth() {
        String text = "name: \"A\\u004a\\u004B\"\n";
        assertThat(fast(text)).isEqualTo(YamlTree.parseYaml("f.yaml", text));
        assertThat(((Node.Scalar) ((Node.MapNode) fast(text)).get("name").orElseThrow()).text()).isEqualTo("AJK");
    }

    @Test
    void tagsAreRefusedWithTheTagNamed() {
        assertThatThrownBy(() -> YamlTree.parseYaml("f.yaml", "seats: !!str 3\n"))
                .hasMessageContaining("f.yaml:1:8").hasMessageContaining("YAML tags (!!str) are not used in lmp files");
        assertThatThrownBy(() -> fast("title: !secret x\n")).hasMessageContaining("YAML tags (!secret)");
        assertThatThrownBy(() -> fast("ballots:\n  - !file a.csv\n")).hasMessageContaining("YAML tags (!file)");
    }

    @Test
    void textIsInNfcWhicheverReaderReadsIt() {
        String text = "name: Nguye\u0302\u0303n\n";
        assertThat(((Node.Scalar) ((Node.MapNode) fast(text)).get("name").orElseThrow()).text()).isEqualTo("Nguy\u1EC5n");
        assertThat(((Node.Scalar) ((Node.MapNode) YamlTree.parseYaml("f.yaml", text)).get("name").orElseThrow()).text())
                .isEqualTo("Nguy\u1EC5n");
    }
}
