package lmp.election.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lmp.election.AuditRecord;
import lmp.election.AuditRecord.FileDigest;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

class AuditLogJsonlTest {

    private static String log(int records) {
        StringBuilder sb = new StringBuilder();
        List<AuditLogJsonl.Line> lines = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            AuditRecord r = AuditLogJsonl.next(lines, "2026-11-0" + (i + 1), "election step" + i,
                    List.of(new FileDigest("ballots.csv", "ab".repeat(32))), List.of(), Map.of("n", i));
            String line = AuditLogJsonl.line(r);
            sb.append(line).append('\n');
            lines = AuditLogJsonl.read(InputFile.ofText("audit.jsonl", sb.toString()));
        }
        return sb.toString();
    }

    private static List<lmp.io.Problem> verify(String text) {
        return AuditLogJsonl.verifyChain("audit.jsonl", AuditLogJsonl.read(InputFile.ofText("audit.jsonl", text)));
    }

    @Test
    void eachRecordNamesTheSha256OfThePreviousLine() {
        String text = log(3);
        String[] lines = text.split("\n");
        assertThat(lines[0]).contains("\"prev\":\"" + "0".repeat(64) + "\"");
        assertThat(lines[1]).contains("\"prev\":\"" + InputFile.sha256Hex(lines[0].getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"");
        assertThat(lines[2]).startsWith("{\"seq\":3,\"time\":\"2026-11-03\",\"command\":\"election step2\"");
        assertThat(verify(text)).isEmpty();
    }

    @Test
    void anEditedRecordBreaksTheChainAtTheNextLine() {
        String text = log(3).replaceFirst("\"n\":1", "\"n\":7");
        assertThat(verify(text)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("chain broken");
        });
    }

    @Test
    void aRemovedRecordIsFound() {
        String[] lines = log(3).split("\n");
        String text = lines[0] + "\n" + lines[2] + "\n";
        assertThat(verify(text)).extracting(lmp.io.Problem::message).anyMatch(m -> m.contains("expected 2"))
                .anyMatch(m -> m.contains("chain broken"));
    }

    @Test
    void aTruncatedLastLineIsFound() {
        String text = log(2);
        text = text.substring(0, text.length() - 10);
        assertThat(verify(text)).singleElement().extracting(lmp.io.Problem::message).asString().contains("not valid JSON");
    }
}
