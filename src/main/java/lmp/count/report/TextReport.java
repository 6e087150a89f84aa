package lmp.count.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import lmp.count.BallotCounts;
import lmp.count.Result;
import lmp.count.Round;
import lmp.count.Tie;

/** Plain-text report: settings, ballots by status, each round, winners and ties. */
final class TextReport {
    private TextReport() {
    }

    static String render(TallyReport report) {
        Result r = report.result();
        StringBuilder sb = new StringBuilder();
        sb.append("Tally: ").append(report.title()).append('\n');
        sb.append("Method: ").append(report.methodName()).append(", seats ").append(r.config().seats())
                .append(", ").append(r.config().method().decimals()).append(" decimal places\n");
        sb.append("Rules: ").append(report.rules()).append('\n');
        sb.append("Tie-break: earlier rounds, then ").append(TallyReport.lower(r.config().tieBreak()))
                .append("; seed ").append(r.seed()).append('\n');
        for (TallyReport.Input in : report.inputs()) {
            sb.append("Input: ").append(in.path()).append(" sha256 ").append(in.sha256()).append('\n');
        }
        BallotCounts b = r.ballots();
        sb.append("Ballots: ").append(b.read()).append(" read, ").append(b.valid()).append(" valid, ").append(b.blank())
                .append(" blank, ").append(b.invalidTotal()).append(" invalid\n");
        b.invalid().forEach((reason, n) -> sb.append("  invalid (").append(reason).append("): ").append(n).append('\n'));
        r.quota().ifPresent(q -> sb.append("Quota: ").append(q.toPlainString()).append('\n'));
        int widest = 13;
        for (String c : r.candidates()) widest = Math.max(widest, c.length());
        final int width = widest;
        int pass = 0;
        for (Round round : r.rounds()) {
            if (r.config().method() == lmp.count.Method.SEQUENTIAL_IRV && round.pass() != pass) {
                pass = round.pass();
                sb.append('\n').append("Pass ").append(pass).append(": seat ").append(pass).append(" of ")
                        .append(r.config().seats()).append(pass == 1 ? ", an instant-runoff count of all the ballots\n"
                                : ", an instant-runoff count with the earlier winners removed\n");
            }
            sb.append('\n').append("Round ").append(round.round()).append(": ").append(round.action()).append('\n');
            for (Map.Entry<String, BigDecimal> e : round.tallies().entrySet()) {
                sb.append("  ").append(pad(e.getKey(), width)).append("  ").append(left(e.getValue().toPlainString(), 16));
                BigDecimal t = round.transfers().get(e.getKey());
                if (t != null) sb.append("  ").append(t.signum() > 0 ? "+" : "").append(t.toPlainString());
                sb.append('\n');
            }
            sb.append("  ").append(pad("exhausted", width)).append("  ").append(left(round.exhausted().toPlainString(), 16)).append('\n');
            if (round.roundingLoss().signum() != 0) {
                sb.append("  ").append(pad("rounding loss", width)).append("  ")
                        .append(left(round.roundingLoss().toPlainString(), 16)).append('\n');
            }
            round.threshold().ifPresent(t -> sb.append("  ").append(pad("threshold", width)).append("  ")
                    .append(left(t.toPlainString(), 16)).append('\n'));
            if (!round.elected().isEmpty()) sb.append("  elected: ").append(String.join(", ", round.elected())).append('\n');
            if (!round.eliminated().isEmpty()) sb.append("  eliminated: ").append(String.join(", ", round.eliminated())).append('\n');
        }
        sb.append('\n');
        sb.append(r.complete() ? "Winners" : "Elected before the count stopped").append(" (in order of election): ");
        sb.append(r.winners().isEmpty() ? "none" : String.join(", ", r.winners())).append('\n');
        sb.append(ties(r.ties()));
        r.stoppedAt().ifPresent(t -> sb.append("COUNT STOPPED at an unresolved tie in round ").append(t.round())
                .append(" (--tie stop): ").append(String.join(", ", t.candidates())).append('\n'));
        return sb.toString();
    }

    static String ties(List<Tie> ties) {
        if (ties.isEmpty()) return "Ties: none\n";
        StringBuilder sb = new StringBuilder("Ties:\n");
        for (Tie t : ties) {
            sb.append("  round ").append(t.round()).append(", ").append(t.purpose()).append(": ")
                    .append(String.join(", ", t.candidates())).append(" -> ")
                    .append(t.chosen().isEmpty() ? "unresolved" : t.chosen() + " (" + TallyReport.how(t) + ")").append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static String left(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }
}
