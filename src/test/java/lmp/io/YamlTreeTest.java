package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YamlTreeTest {

    private static InputException failure(String yaml) {
        try {
            YamlTree.parseYaml("t.yaml", yaml);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected a problem for: " + yaml);
    }

    @Test
    void nodesKnowTheirLineAndColumn() {
        Node root = YamlTree.parseYaml("t.yaml", "a: 1\nlist:\n  - x: y\n    z: \"w\"\n");
        Node.MapNode map = (Node.MapNode) root;
        assertThat(map.entries().get("list").keyLocation()).isEqualTo(new Location("t.yaml", 2, 1));
        Node.MapNode item = (Node.MapNode) ((Node.ListNode) map.get("list").orElseThrow()).items().get(0);
        assertThat(item.location().line()).isEqualTo(3);
        assertThat(item.get("z").orElseThrow().location()).isEqualTo(new Location("t.yaml", 4, 8));
    }

    @Test
    void duplicateKeyIsRefusedAtTheSecond() {
        var e = failure("name: A\nother: 1\nname: B\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("duplicate key 'name'");
        });
    }

    @Test
    void nestedDuplicateKeyIsRefusedToo() {
        assertThat(failure("m:\n  - {id: 1, id: 2}\n").problems().get(0).message()).contains("duplicate key 'id'");
    }

    @Test
    void anchorsOnCollectionsAndAllAliasesAreRefused() {
        // Jackson drops an anchor on a plain value; YamlTree finds it by a scan of the YAML events.
        assertThat(failure("a: &x [1]\nb: 2\n").problems().get(0).message()).contains("anchors (&x)");
        assertThat(failure("a: &x {k: 1}\n").problems().get(0).message()).contains("anchors (&x)");
        assertThat(failure("a: &x 1\nb: *x\n").problems().get(0).render()).startsWith("t.yaml:1:4: YAML anchors (&x)");
        assertThat(failure("a: &x 1\n").problems().get(0).render()).startsWith("t.yaml:1:4: YAML anchors (&x)");
        var alias = failure("a: 1\nb: *x\n");
        assertThat(alias.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void yaml12KeepsNoAndOnAsText() {
        Node.MapNode map = (Node.MapNode) YamlTree.parseYaml("t.yaml", "country: no\nswitch: on\n");
        assertThat(((Node.Scalar) map.get("country").orElseThrow()).kind()).isEqualTo(Node.Scalar.Kind.TEXT);
        assertThat(((Node.Scalar) map.get("switch").orElseThrow()).text()).isEqualTo("on");
    }

    @Test
    void emptyFileAndSecondDocumentAreProblems() {
        assertThat(failure("").problems().get(0).message()).contains("empty");
        assertThat(failure("a: 1\n---\nb: 2\n").problems().get(0).message()).contains("more than one document");
    }

    @Test
    void syntaxErrorIsLocated() {
        var e = failure("a: [1, 2\nb: 3\n");
        // located where the list opens, and said in lmp's words (YamlSyntaxErrors), not the parser's
        assertThat(e.problems().get(0).line()).isEqualTo(1);
        assertThat(e.problems().get(0).column()).isEqualTo(4);
        assertThat(e.problems().get(0).message()).startsWith("the list in [ ] that opens here is not closed");
    }

    @Test
    void streamingHandsOverListItemsInOrderAndKeepsTheRest() {
        List<String> seen = new ArrayList<>();
        Node root = YamlTree.parseStreaming(InputFile.ofText("t.yaml", "name: X\nmembers:\n  - id: 1\n  - id: 2\nother: [3]\n"),
                Set.of("members"), (key, item) -> seen.add(key + ":" + item.location().line()));
        assertThat(seen).containsExactly("members:3", "members:4");
        Node.MapNode map = (Node.MapNode) root;
        assertThat(((Node.ListNode) map.get("members").orElseThrow()).items()).isEmpty();
        assertThat(((Node.ListNode) map.get("other").orElseThrow()).items()).hasSize(1);
    }

    @Test
    void streamingStillRefusesDuplicatesAndAnchors() {
        assertThatThrownBy(() -> YamlTree.parseStreaming(InputFile.ofText("t.yaml", "members:\n  - {id: 1, id: 1}\n"),
                Set.of("members"), (k, n) -> { })).isInstanceOf(InputException.class).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> YamlTree.parseStreaming(InputFile.ofText("t.yaml", "members: []\nmembers: []\n"),
                Set.of("members"), (k, n) -> { })).isInstanceOf(InputException.class).hasMessageContaining("t.yaml:2");
        assertThatThrownBy(() -> YamlTree.parseStreaming(InputFile.ofText("t.yaml", "members: &m\n  - 1\n"),
                Set.of("members"), (k, n) -> { })).isInstanceOf(InputException.class).hasMessageContaining("anchors");
    }
}
