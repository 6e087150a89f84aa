package lmp.election;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lmp.election.formats.AuditLogJsonl;
import lmp.election.formats.ElectionYaml;
import lmp.io.Problem;

/**
 * The audit chain of an election. Each record names the SHA-256 of the line before it; the election
 * file names the number of records and the SHA-256 of the last one. So an edited record breaks the
 * next one's link, a removed, inserted or reordered record breaks the numbering, and a deleted,
 * truncated or rewritten-at-the-end log no longer matches the head in the election file. What the
 * chain cannot show: someone with write access to the whole election directory rewriting the log
 * and the election file consistently; the committee keeps a printed or signed copy of the tally and
 * certificate digests against that (docs/elections.md).
 */
public final class AuditTrail {

    /** The files to write for an appended record: the election file with the new head, and the whole log. */
    public record Appended(Election election, byte[] electionFile, byte[] log, AuditRecord record) {
    }

    private AuditTrail() {
    }

    /** Every way the log and the head disagree, one line each; empty when the chain is intact. */
    public static List<String> problems(ElectionState s) {
        List<String> out = new ArrayList<>();
        String logName = s.election().auditLogPath();
        Optional<ElectionStatus.ChainHead> head = s.election().status().chain();
        if (!s.logExists()) {
            if (head.isPresent()) out.add(logName + ": the audit log is missing; the election file records " + head.get().records()
                    + " record(s)");
            else out.add(logName + ": no audit log, and the election file records no audit chain; it was not made by 'lmp election new'");
            return out;
        }
        for (Problem p : AuditLogJsonl.verifyChain(logName, s.log())) out.add(p.render());
        if (head.isEmpty()) {
            out.add(s.name() + ": the election file records no head of its audit chain (audit_chain); a log that lost its "
                    + "last records could not be told apart");
            return out;
        }
        int n = s.log().size();
        if (n != head.get().records()) {
            out.add(logName + ": the audit log has " + n + " record(s) but the election file records " + head.get().records()
                    + "; records were " + (n < head.get().records() ? "removed or the log was replaced" : "added by something other than lmp"));
        } else if (n > 0 && !s.log().get(n - 1).sha256().equals(head.get().last())) {
            out.add(logName + ":" + s.log().get(n - 1).number() + ": the last audit record does not match the head recorded in "
                    + s.name() + " (SHA-256 " + abbreviate(head.get().last()) + "); the record was edited");
        }
        return out;
    }

    /** Numbers and chains {@code entry} after the log, and sets the new head in the election. */
    public static Appended append(ElectionState s, Election updated, StepOutcome.Entry entry, String time) {
        List<AuditRecord.FileDigest> outputs = new ArrayList<>(entry.outputs());
        outputs.add(s.electionDigest(updated));
        AuditRecord r = AuditLogJsonl.next(s.log(), time, entry.command(), entry.inputs(), outputs, entry.result());
        String line = AuditLogJsonl.line(r);
        StringBuilder log = new StringBuilder();
        for (AuditLogJsonl.Line l : s.log()) log.append(l.text()).append('\n');
        log.append(line).append('\n');
        Election withHead = updated.withStatus(updated.status().withChain(
                new ElectionStatus.ChainHead(s.log().size() + 1, Digests.sha256(line))));
        return new Appended(withHead, ElectionYaml.toYaml(withHead).getBytes(StandardCharsets.UTF_8),
                log.toString().getBytes(StandardCharsets.UTF_8), r);
    }

    static String abbreviate(String hex) {
        return hex.length() > 12 ? hex.substring(0, 12) + "..." : hex;
    }
}
