package lmp.election;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.election.AuditRecord.FileDigest;
import lmp.io.Location;
import lmp.io.Problem;

/**
 * The one deliberate way back from a count or a certification: logged with its reason, it marks the
 * certificate void (a banner at its top, so no one can mistake it for a standing result) and lets
 * ballots be taken in and counted again. A later certification replaces the role assignment the
 * voided one wrote; it never adds a second holder.
 */
public final class ReopenStep {
    private ReopenStep() {
    }

    public static StepOutcome run(ElectionState s, String reason, String day) {
        Election e = s.election();
        Location at = Location.of(s.file().name());
        List<Problem> refused = new ArrayList<>();
        Lifecycle.refusal(e.stage(), Lifecycle.Step.REOPEN).ifPresent(r -> refused.add(Problem.error(at, "refusing to reopen: " + r)));
        AuditTrail.problems(s).forEach(p -> refused.add(Problem.error(at, "refusing to reopen: " + p)));
        if (reason.isBlank()) refused.add(Problem.error(at, "a reopening needs --reason TEXT"));
        if (!refused.isEmpty()) throw new Refused(refused);
        List<StepOutcome.Write> writes = new ArrayList<>();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("reason", reason.strip());
        result.put("from_stage", e.stage().id());
        result.put("stage", Stage.REOPENED.id());
        if (e.stage() == Stage.CERTIFIED) {
            Optional<AuditRecord> certify = s.last("election certify");
            certify.ifPresent(c -> result.put("voided_certify_seq", c.seq()));
            for (FileDigest d : certify.map(AuditRecord::outputs).orElse(List.of())) {
                if (!d.path().endsWith("-certificate.md") && !d.path().endsWith("-certificate.html")) continue;
                s.file(d.path()).ifPresent(f -> writes.add(new StepOutcome.Write(d.path(), voided(f.text(), d.path().endsWith(".html"),
                        day, reason.strip()), false)));
            }
        }
        Election updated = e.withStatus(e.status().withStage(Lifecycle.after(e.stage(), Lifecycle.Step.REOPEN, true)));
        List<FileDigest> outputs = writes.stream().map(w -> ElectionState.plain(w.path(), w.bytes())).toList();
        return new StepOutcome(updated, writes, Optional.of(new StepOutcome.Entry("election reopen", List.of(), outputs, result)),
                List.of(), List.of("Reopened " + s.name() + " (was " + e.stage().id() + "): " + reason.strip()
                        + (writes.isEmpty() ? "" : "; the certificate is marked VOID")));
    }

    static byte[] voided(String text, boolean html, String day, String reason) {
        String banner = "VOID: this certificate was voided on " + day + " by 'lmp election reopen': " + reason;
        String out = html
                ? text.replaceFirst("<body>\n", "<body>\n<p style=\"border:3px solid #b00;padding:.5em;font-weight:bold\">"
                        + lmp.election.formats.CertificateWriter.esc(banner) + "</p>\n")
                : "> **" + banner.replace("|", "\\|") + "**\n\n" + text;
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
