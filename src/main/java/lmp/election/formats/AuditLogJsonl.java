package lmp.election.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lmp.election.AuditRecord;
import lmp.election.AuditRecord.FileDigest;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: one JSON object per line (JSON Lines), keys in a fixed order, each naming the
 * SHA-256 of the previous line's exact bytes (without its newline) in {@code prev}. Appending is
 * the only change ever made; {@link #verifyChain} finds any line that was edited, removed, inserted
 * or reordered, because the next line's {@code prev} no longer matches.
 */
public final class AuditLogJsonl {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditLogJsonl() {
    }

    /** A line of the log as read: its number, its exact text and the record, when it parses. */
    public record Line(int number, String text, Optional<AuditRecord> record) {
        public String sha256() {
            return InputFile.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The record as one line of JSON, without the newline. */
    public static String line(AuditRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", r.seq());
        m.put("time", r.time());
        m.put("command", r.command());
        m.put("inputs", r.inputs().stream().map(AuditLogJsonl::digest).toList());
        m.put("outputs", r.outputs().stream().map(AuditLogJsonl::digest).toList());
        m.put("result", new TreeMap<>(r.result()));
        m.put("prev", r.previous());
        return JSON.writeValueAsString(m);
    }

    private static Map<String, Object> digest(FileDigest d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", d.path());
        m.put(d.keyed() ? "hmac_sha256" : "sha256", d.sha256());
        return m;
    }

    /** The log's lines, each parsed when it can be (blank lines are skipped but keep their numbers). */
    public static List<Line> read(InputFile file) {
        List<Line> lines = new ArrayList<>();
        String[] raw = file.text().split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i];
            if (t.isBlank()) continue;
            lines.add(new Line(i + 1, t, parse(t)));
        }
        return lines;
    }

    private static Optional<AuditRecord> parse(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            if (!n.isObject() || !n.path("seq").isInt() || !n.path("prev").isString()) return Optional.empty();
            Map<String, Object> result = new TreeMap<>();
            n.path("result").properties().forEach(e -> result.put(e.getKey(), JSON.treeToValue(e.getValue(), Object.class)));
            return Optional.of(new AuditRecord(n.path("seq").asInt(), n.path("time").asString(""), n.path("command").asString(""),
                    digests(n.path("inputs")), digests(n.path("outputs")), result, n.path("prev").asString()));
        } catch (JacksonException e) {
            // Not an error here: the caller reports an unreadable record, located, as an edited log.
            return Optional.empty();
        }
    }

    private static List<FileDigest> digests(JsonNode list) {
        List<FileDigest> out = new ArrayList<>();
        for (JsonNode d : list) {
            boolean keyed = d.has("hmac_sha256");
            out.add(new FileDigest(d.path("path").asString(""), d.path(keyed ? "hmac_sha256" : "sha256").asString(""), keyed));
        }
        return out;
    }

    /** The previous-record hash and sequence number for the next record appended after {@code lines}. */
    public static AuditRecord next(List<Line> lines, String time, String command, List<FileDigest> inputs,
                                   List<FileDigest> outputs, Map<String, Object> result) {
        String prev = lines.isEmpty() ? AuditRecord.GENESIS : lines.get(lines.size() - 1).sha256();
        return new AuditRecord(lines.size() + 1, time, command, inputs, outputs, result, prev);
    }

    /** Every break in the chain, located at its line: unparseable lines, wrong sequence, wrong previous hash. */
    public static List<Problem> verifyChain(String source, List<Line> lines) {
        List<Problem> problems = new ArrayList<>();
        String expectedPrev = AuditRecord.GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Location at = Location.of(source, l.number());
            if (l.record().isEmpty()) {
                problems.add(Problem.error(at, "audit record is not valid JSON with 'seq' and 'prev'; the log was edited"));
            } else {
                AuditRecord r = l.record().get();
                if (r.seq() != i + 1) {
                    problems.add(Problem.error(at, "audit record has seq " + r.seq() + ", expected " + (i + 1)
                            + "; a record was removed, inserted or reordered"));
                }
                if (!r.previous().equals(expectedPrev)) {
                    problems.add(Problem.error(at, "audit chain broken: 'prev' does not match the SHA-256 of the previous record"
                            + (i == 0 ? " (the first record must name " + AuditRecord.GENESIS.substring(0, 8) + "...)" : "")
                            + "; the previous record was edited or removed"));
                }
            }
            expectedPrev = l.sha256();
        }
        return problems;
    }
}
