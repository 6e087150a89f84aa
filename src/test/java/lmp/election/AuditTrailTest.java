package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.election.formats.AuditLogJsonl;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

/** The head of the chain in the election file catches what the links between records cannot. */
class AuditTrailTest {
    private static final byte[] KEY = new byte[32];

    private static ElectionState state(Election e, String log, boolean exists) {
        return new ElectionState("e.yaml", InputFile.ofText("e.yaml", "{}"), lmp.io.YamlTree.parse(InputFile.ofText("e.yaml", "{}")), e, Map.of(), exists,
                AuditLogJsonl.read(InputFile.ofText("e.audit.jsonl", log)), Optional.of(KEY));
    }

    /** An election whose log has {@code n} records, with the matching head; gives the election and the log text. */
    private static Object[] withRecords(int n) {
        Election e = TestElections.coLead(TestElections.goodDates(), "");
        String log = "";
        for (int i = 0; i < n; i++) {
            AuditTrail.Appended a = AuditTrail.append(state(e, log, i > 0), e,
                    new StepOutcome.Entry("election intake", List.of(), List.of(), Map.of("n", i)), "2026-11-0" + (i + 1));
            e = a.election();
            log = new String(a.log(), StandardCharsets.UTF_8);
        }
        return new Object[] {e, log};
    }

    @Test
    void anIntactLogMatchesItsHead() {
        Object[] x = withRecords(3);
        assertThat(AuditTrail.problems(state((Election) x[0], (String) x[1], true))).isEmpty();
        assertThat(((Election) x[0]).status().chain()).get().extracting(ElectionStatus.ChainHead::records).isEqualTo(3);
    }

    @Test
    void aTruncatedLogNoLongerMatchesTheHead() {
        Object[] x = withRecords(3);
        String log = (String) x[1];
        String truncated = log.substring(0, log.indexOf('\n', log.indexOf('\n') + 1) + 1);
        assertThat(AuditTrail.problems(state((Election) x[0], truncated, true))).singleElement().asString()
                .isEqualTo("audit.jsonl: the audit log has 2 record(s) but the election file records 3; records were removed or the log "
                        + "was replaced");
    }

    @Test
    void anEditedLastRecordNoLongerMatchesTheHead() {
        Object[] x = withRecords(2);
        String edited = ((String) x[1]).replace("\"n\":1", "\"n\":7");
        assertThat(AuditTrail.problems(state((Election) x[0], edited, true))).singleElement().asString()
                .contains("the last audit record does not match the head");
    }

    @Test
    void aRecordAppendedByAnotherToolIsFound() {
        Object[] two = withRecords(2);
        Object[] three = withRecords(3);
        assertThat(AuditTrail.problems(state((Election) two[0], (String) three[1], true))).singleElement().asString()
                .isEqualTo("audit.jsonl: the audit log has 3 record(s) but the election file records 2; records were added by "
                        + "something other than lmp");
    }

    @Test
    void theEditedRecordIsNamedWithTheAbbreviatedHead() {
        Object[] x = withRecords(2);
        String head = ((Election) x[0]).status().chain().orElseThrow().last();
        String edited = ((String) x[1]).replace("\"n\":1", "\"n\":7");
        assertThat(AuditTrail.problems(state((Election) x[0], edited, true))).singleElement().asString()
                .isEqualTo("audit.jsonl:2: the last audit record does not match the head recorded in e.yaml (SHA-256 "
                        + head.substring(0, 12) + "...); the record was edited");
        assertThat(AuditTrail.abbreviate("0123456789abc")).isEqualTo("0123456789ab...");
        assertThat(AuditTrail.abbreviate("0123456789ab")).isEqualTo("0123456789ab");
    }

    @Test
    void aDeletedLogIsMissingWhenTheHeadNamesRecords() {
        Object[] x = withRecords(1);
        assertThat(AuditTrail.problems(state((Election) x[0], "", false))).singleElement().asString()
                .contains("the audit log is missing; the election file records 1 record(s)");
    }
}
