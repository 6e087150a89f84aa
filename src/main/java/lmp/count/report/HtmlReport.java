package lmp.count.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import lmp.count.BallotCounts;
import lmp.count.Result;
import lmp.count.Round;
import lmp.count.Tie;

/**
 * One self-contained HTML page (no scripts, fonts or images from elsewhere): settings, the round
 * table, and an inline SVG bar chart per round with the threshold drawn as a line.
 */
final class HtmlReport {
    private static final int BAR_WIDTH = 480;
    private static final int ROW = 22;

    private HtmlReport() {
    }

    static String render(TallyReport report) {
        Result r = report.result();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Tally: ")
                .append(esc(report.title())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .5em}")
                .append("td{text-align:right}td:first-child,th:first-child{text-align:left}")
                .append(".won{font-weight:bold}svg{display:block;margin:.5em 0 1.5em}\n</style>\n</head>\n<body>\n");
        sb.append("<h1>Tally: ").append(esc(report.title())).append("</h1>\n<ul>\n");
        sb.append("<li>Method: ").append(esc(report.methodName())).append(", seats ").append(r.config().seats()).append("</li>\n");
        sb.append("<li>Rules: ").append(esc(report.rules())).append("</li>\n");
        sb.append("<li>Tie-break: earlier rounds, then ").append(TallyReport.lower(r.config().tieBreak()))
                .append("; seed <code>").append(esc(r.seed())).append("</code></li>\n");
        for (TallyReport.Input in : report.inputs()) {
            sb.append("<li>Input: <code>").append(esc(in.path())).append("</code> sha256 <code>").append(in.sha256())
                    .append("</code></li>\n");
        }
        BallotCounts b = r.ballots();
        sb.append("<li>Ballots: ").append(b.read()).append(" read, ").append(b.valid()).append(" valid, ")
                .append(b.blank()).append(" blank, ").append(b.invalidTotal()).append(" invalid");
        b.invalid().forEach((reason, n) -> sb.append("; ").append(esc(reason)).append(": ").append(n));
        sb.append("</li>\n");
        r.quota().ifPresent(q -> sb.append("<li>Quota: ").append(q.toPlainString()).append("</li>\n"));
        sb.append("</ul>\n<h2>Result</h2>\n<p class=\"won\">")
                .append(r.complete() ? "Winners" : "Elected before the count stopped").append(" (in order of election): ")
                .append(r.winners().isEmpty() ? "none" : esc(String.join(", ", r.winners()))).append("</p>\n");
        if (!r.ties().isEmpty()) {
            sb.append("<ul>\n");
            for (Tie t : r.ties()) {
                sb.append("<li>Tie in round ").append(t.round()).append(", ").append(esc(t.purpose())).append(": ")
                        .append(esc(String.join(", ", t.candidates()))).append(" &rarr; ")
                        .append(t.chosen().isEmpty() ? "unresolved" : esc(t.chosen()) + " (" + esc(TallyReport.how(t)) + ")")
                        .append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        sb.append("<h2>Rounds</h2>\n<table>\n");
        List<List<String>> rows = RoundTable.rows(r);
        for (int i = 0; i < rows.size(); i++) {
            String tag = i == 0 ? "th" : "td";
            sb.append("<tr>");
            for (String cell : rows.get(i)) sb.append('<').append(tag).append('>').append(esc(cell)).append("</").append(tag).append('>');
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        BigDecimal max = BigDecimal.ONE;
        for (Round round : r.rounds()) {
            for (BigDecimal v : round.tallies().values()) max = max.max(v);
            if (round.threshold().isPresent()) max = max.max(round.threshold().get());
        }
        for (Round round : r.rounds()) chart(sb, round, max);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void chart(StringBuilder sb, Round round, BigDecimal max) {
        int label = 200;
        int height = ROW * round.tallies().size() + 10;
        sb.append("<h3>Round ").append(round.round()).append(": ").append(esc(round.action())).append("</h3>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(label + BAR_WIDTH + 120).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"votes in round ").append(round.round()).append("\">\n");
        int y = 4;
        for (Map.Entry<String, BigDecimal> e : round.tallies().entrySet()) {
            int w = width(e.getValue(), max);
            String fill = round.elected().contains(e.getKey()) ? "#2a7a2a" : round.eliminated().contains(e.getKey()) ? "#b33" : "#4a6fa5";
            sb.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"13\">").append(esc(e.getKey())).append("</text>");
            sb.append("<rect x=\"").append(label).append("\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW - 6).append("\" fill=\"").append(fill).append("\"/>");
            sb.append("<text x=\"").append(label + w + 4).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(e.getValue().toPlainString()).append("</text>\n");
            y += ROW;
        }
        if (round.threshold().isPresent()) {
            int x = label + width(round.threshold().get(), max);
            sb.append("<line x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"").append(height)
                    .append("\" stroke=\"#000\" stroke-dasharray=\"4 3\"><title>threshold ")
                    .append(round.threshold().get().toPlainString()).append("</title></line>\n");
        }
        sb.append("</svg>\n");
    }

    private static int width(BigDecimal v, BigDecimal max) {
        return v.multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(max, 0, java.math.RoundingMode.DOWN).intValue();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
