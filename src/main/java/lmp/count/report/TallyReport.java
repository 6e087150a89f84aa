package lmp.count.report;

import java.util.List;
import lmp.count.CountConfig;
import lmp.count.Result;

/** What a tally report shows: the election's title, the input files with their SHA-256, the result. */
public record TallyReport(String title, List<Input> inputs, Result result) {
    public TallyReport {
        inputs = List.copyOf(inputs);
    }

    /** An input file as named by the user, and the SHA-256 of its bytes. */
    public record Input(String path, String sha256) {
    }

    String methodName() {
        return switch (result.config().method()) {
            case PLURALITY -> "plurality";
            case APPROVAL -> "approval";
            case IRV -> "instant-runoff (IRV)";
            case SEQUENTIAL_IRV -> "sequential instant-runoff (one IRV pass per seat, earlier winners removed)";
            case BOTTOMS_UP -> result.config().threshold().isPresent()
                    ? "bottoms-up instant-runoff (eliminate the lowest until every candidate left has more than "
                            + result.config().threshold().get().toPlainString() + "% of the continuing votes)"
                    : "bottoms-up instant-runoff (eliminate the lowest until the seats remain)";
            case STV -> "Scottish STV (Scottish Local Government Elections Order 2007, rules 45-52)";
            case MEEK -> "Meek STV (PR Foundation reference rule)";
        };
    }

    static String limit(java.util.OptionalInt v) {
        return v.isPresent() ? Integer.toString(v.getAsInt()) : "unlimited";
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** How a tie was resolved, in words: "by round 2", "by lot", "by order", "by a drawing held outside the count". */
    static String how(lmp.count.Tie t) {
        return "drawing".equals(t.resolution()) ? "resolved by a drawing held outside the count" : "by " + t.resolution();
    }

    /** The ballot rules in one line, for text, Markdown and HTML. */
    String rules() {
        CountConfig c = result.config();
        return "overvote " + lower(c.overvote()) + ", skipped ranks " + limit(c.skippedRanks()) + ", duplicate "
                + lower(c.duplicate()) + ", write-ins " + (c.writeIns() ? "allowed" : "not allowed") + ", max rankings "
                + limit(c.maxRankings()) + ", withdrawn: "
                + (result.withdrawn().isEmpty() ? "none" : String.join(", ", result.withdrawn()));
    }
}
