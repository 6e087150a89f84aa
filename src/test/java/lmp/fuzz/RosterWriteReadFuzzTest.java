package lmp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lmp.io.InputFile;
import lmp.io.Node;
import lmp.io.Text;
import lmp.io.YamlTree;
import lmp.roster.Member;
import lmp.roster.MemberStatus;
import lmp.roster.Roster;
import lmp.roster.Ubt;
import lmp.roster.formats.RosterYaml;

/**
 * Write then read: a roster holding any text at all (controls, U+0090, noncharacters, unpaired
 * surrogates, line separators, quotes, YAML keywords) is written by the fast roster writer and read
 * back by the full YAML parser and by the fast reader: neither may refuse the file, both give the
 * same tree, and every value is the text written (in NFC). Before, a member named with U+0090 was
 * written raw and the written roster then failed 'roster validate'. Whether a value is acceptable
 * as a name is the text rules' business ({@link Text}), checked after reading; the file itself must
 * always be valid YAML.
 * <p>
 * Input: fields of a length byte (0-63) followed by that many UTF-16 code units, two bytes each,
 * big-endian, so the corpus can hold any Java char. The regression corpus is under
 * src/test/resources/lmp/fuzz/RosterWriteReadFuzzTestInputs/.
 */
class RosterWriteReadFuzzTest {

    static List<String> fields(byte[] data, int count) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (out.size() < count) {
            if (i >= data.length) {
                out.add("x" + out.size());
                continue;
            }
            int n = data[i++] & 0x3f;
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n && i + 1 < data.length; k++, i += 2) {
                sb.append((char) (((data[i] & 0xff) << 8) | (data[i + 1] & 0xff)));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @FuzzTest(maxDuration = "30s")
    void rosterWrittenIsReadBackAsWritten(byte[] data) {
        List<String> f = fields(data, 8);
        Ubt ubt = new Ubt(f.get(1), f.get(2), f.get(3), "Area", Optional.of(f.get(4)), lmp.io.Location.of("fuzz"));
        Member m = new Member(f.get(5), f.get(6), f.get(7), Optional.of(f.get(2)), Optional.of(f.get(1)), MemberStatus.ACTIVE,
                true, Optional.empty(), lmp.io.Location.of("fuzz"));
        Roster roster = Roster.of(f.get(0), List.of(ubt), List.of(), List.of(m), List.of());
        byte[] written = RosterYaml.toYaml(roster).getBytes(StandardCharsets.UTF_8);
        InputFile file = InputFile.of("written.yaml", written);

        Node full = YamlTree.parse(file); // must not throw: what lmp writes, lmp reads
        Node fast = YamlTree.parseStreaming(file, java.util.Set.of(), (k, n) -> { });
        if (!full.equals(fast)) {
            throw new AssertionError("the fast reader and the full parser read the written roster differently");
        }
        Node.MapNode root = (Node.MapNode) full;
        Node.MapNode member = (Node.MapNode) ((Node.ListNode) root.get("members").orElseThrow()).items().get(0);
        Node.MapNode u = (Node.MapNode) ((Node.ListNode) root.get("ubts").orElseThrow()).items().get(0);
        if (!f.get(0).isEmpty()) same("roster name", f.get(0), root.get("name"));
        same("member id", f.get(5), member.get("id"));
        same("member name", f.get(6), member.get("name"));
        same("member local", f.get(7), member.get("local"));
        same("member ubt", f.get(1), member.get("ubt"));
        same("ubt name", f.get(2), u.get("name"));
        same("ubt facility", f.get(3), u.get("facility"));
        same("ubt manager", f.get(4), u.get("manager"));
        // Reading it as a roster may refuse a value by the text rules, but never the file as YAML.
        RosterYaml.readRecords(file).problems().forEach(p -> {
            if (p.message().startsWith("not valid YAML")) throw new AssertionError(p.message());
        });
    }

    private static void same(String what, String written, Optional<Node> read) {
        String text = read.map(n -> ((Node.Scalar) n).text()).orElseThrow(() -> new AssertionError(what + " is missing"));
        if (!text.equals(Text.nfc(written))) {
            throw new AssertionError(what + " written as " + Text.shown(written) + " was read as " + Text.shown(text));
        }
    }
}
