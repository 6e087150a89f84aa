package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTableTest {
    @Test
    void everyOneOfFiveHundredNamesIsFoundDespiteCollisions() {
        // 500 names in 2048 slots: many share a slot and are found by probing past each other
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 500; i++) names.add("Candidate " + i);
        NameTable t = new NameTable(names);
        assertThat(t.size()).isEqualTo(500);
        for (int i = 0; i < 500; i++) {
            byte[] line = ("x," + names.get(i) + ",y").getBytes(StandardCharsets.UTF_8);
            assertThat(t.find(line, 2, line.length - 2)).as(names.get(i)).isEqualTo(i);
        }
        byte[] other = "Candidate 500".getBytes(StandardCharsets.UTF_8);
        assertThat(t.find(other, 0, other.length)).isEqualTo(-1);
        assertThat(t.find(other, 0, other.length - 1)).isEqualTo(50);
    }

    @Test
    void aNameIsFoundByItsUtf8BytesOnly() {
        NameTable t = new NameTable(List.of("Ana", "N\u00fa\u00f1ez"));
        byte[] n = "N\u00fa\u00f1ez".getBytes(StandardCharsets.UTF_8);
        assertThat(t.find(n, 0, n.length)).isEqualTo(1);
        byte[] a = "Ana".getBytes(StandardCharsets.UTF_8);
        assertThat(t.find(a, 0, 2)).isEqualTo(-1);
        assertThat(new NameTable(List.of()).find(a, 0, 3)).isEqualTo(-1);
    }
}
