package lmp.count.report;

import java.util.List;
import lmp.count.BallotCounts;
import lmp.count.Result;
import lmp.count.Tie;

/** Markdown report: settings as a list, the round table, winners and ties. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(TallyReport report) {
        Result r = report.result();
        StringBuilder sb = new StringBuilder();
        sb.append("# Tally: ").append(esc(report.title())).append("\n\n");
        sb.append("- Method: ").append(esc(report.methodName())).append(", seats ").append(r.config().seats()).append('\n');
        sb.append("- Rules: ").append(esc(report.rules())).append('\n');
        sb.append("- Tie-break: earlier rounds, then ").append(TallyReport.lower(r.config().tieBreak()))
                .append("; seed `").append(r.seed()).append("`\n");
        for (TallyReport.Input in : report.inputs()) {
            sb.append("- Input: `").append(in.path()).append("` sha256 `").append(in.sha256()).append("`\n");
        }
        BallotCounts b = r.ballots();
        sb.append("- Ballots: ").append(b.read()).append(" read, ").append(b.valid()).append(" valid, ").append(b.blank())
                .append(" blank, ").append(b.invalidTotal()).append(" invalid");
        b.invalid().forEach((reason, n) -> sb.append("; ").append(esc(reason)).append(": ").append(n));
        sb.append('\n');
        r.quota().ifPresent(q -> sb.append("- Quota: ").append(q.toPlainString()).append('\n'));
        sb.append("\n## Rounds\n\n");
        List<List<String>> rows = RoundTable.rows(r);
        for (int i = 0; i < rows.size(); i++) {
            sb.append('|');
            for (String cell : rows.get(i)) sb.append(' ').append(esc(cell)).append(" |");
            sb.append('\n');
            if (i == 0) sb.append("|---").append("|--:".repeat(rows.get(0).size() - 1)).append("|\n");
        }
        sb.append("\n## Result\n\n");
        sb.append(r.complete() ? "Winners" : "Elected before the count stopped").append(" (in order of election): ")
                .append(r.winners().isEmpty() ? "none" : esc(String.join(", ", r.winners()))).append("\n\n");
        if (r.ties().isEmpty()) sb.append("Ties: none\n");
        else {
            sb.append("Ties:\n\n");
            for (Tie t : r.ties()) {
                sb.append("- round ").append(t.round()).append(", ").append(t.purpose()).append(": ")
                        .append(esc(String.join(", ", t.candidates()))).append(" -> ")
                        .append(t.chosen().isEmpty() ? "unresolved" : esc(t.chosen()) + " (" + TallyReport.how(t) + ")").append('\n');
            }
        }
        r.stoppedAt().ifPresent(t -> sb.append("\n**Count stopped at an unresolved tie in round ").append(t.round())
                .append(" (--tie stop).**\n"));
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace("\n", " ");
    }
}
