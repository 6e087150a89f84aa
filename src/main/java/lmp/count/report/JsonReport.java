package lmp.count.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import lmp.count.BallotCounts;
import lmp.count.CountConfig;
import lmp.count.Result;
import lmp.count.Round;
import lmp.count.Tie;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON report, schema {@code lmp_tally: 1} (documented in docs/counting.md). Keys are always
 * present and in a fixed order; votes are JSON numbers with exactly the method's decimal places.
 */
final class JsonReport {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonReport() {
    }

    static String render(TallyReport report) {
        Result r = report.result();
        CountConfig c = r.config();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("lmp_tally", 1);
        root.put("title", report.title());
        root.put("method", c.method().id());
        root.put("seats", c.seats());
        root.put("decimals", c.method().decimals());
        root.set("winners", strings(r.winners()));
        root.put("complete", r.complete());
        if (r.quota().isPresent()) root.put("quota", r.quota().get());
        else root.putNull("quota");
        ObjectNode rules = root.putObject("rules");
        rules.put("overvote", TallyReport.lower(c.overvote()));
        rules.put("skipped_ranks", TallyReport.limit(c.skippedRanks()));
        rules.put("duplicate", TallyReport.lower(c.duplicate()));
        rules.put("write_ins", c.writeIns());
        rules.put("max_rankings", TallyReport.limit(c.maxRankings()));
        if (c.threshold().isPresent()) rules.put("threshold_percent", c.threshold().get());
        else rules.putNull("threshold_percent");
        root.set("candidates", strings(r.candidates()));
        root.set("withdrawn", strings(r.withdrawn()));
        BallotCounts b = r.ballots();
        ObjectNode ballots = root.putObject("ballots");
        ballots.put("read", b.read());
        ballots.put("valid", b.valid());
        ballots.put("blank", b.blank());
        ballots.put("invalid", b.invalidTotal());
        ObjectNode reasons = ballots.putObject("invalid_by_reason");
        b.invalid().forEach(reasons::put);
        ObjectNode tie = root.putObject("tie_break");
        tie.put("mode", TallyReport.lower(c.tieBreak()));
        tie.put("seed", r.seed());
        root.put("seed", r.seed());
        ArrayNode rounds = root.putArray("rounds");
        for (Round round : r.rounds()) {
            ObjectNode o = rounds.addObject();
            o.put("round", round.round());
            o.put("pass", round.pass());
            o.put("action", round.action());
            o.set("tallies", numbers(round.tallies()));
            o.set("transfers", numbers(round.transfers()));
            o.set("elected", strings(round.elected()));
            o.set("eliminated", strings(round.eliminated()));
            o.put("exhausted", round.exhausted());
            o.put("rounding_loss", round.roundingLoss());
            if (round.threshold().isPresent()) o.put("threshold", round.threshold().get());
            else o.putNull("threshold");
        }
        ArrayNode ties = root.putArray("ties");
        for (Tie t : r.ties()) ties.add(tie(t));
        if (r.stoppedAt().isPresent()) root.set("stopped_at_tie", tie(r.stoppedAt().get()));
        else root.putNull("stopped_at_tie");
        ArrayNode inputs = root.putArray("inputs");
        for (TallyReport.Input in : report.inputs()) {
            ObjectNode o = inputs.addObject();
            o.put("path", in.path());
            o.put("sha256", in.sha256());
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode tie(Tie t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("round", t.round());
        o.put("purpose", t.purpose());
        o.set("candidates", strings(t.candidates()));
        o.put("resolution", t.resolution());
        if (t.chosen().isEmpty()) o.putNull("chosen");
        else o.put("chosen", t.chosen());
        return o;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    private static ObjectNode numbers(Map<String, BigDecimal> values) {
        ObjectNode o = MAPPER.createObjectNode();
        values.forEach(o::put);
        return o;
    }
}
