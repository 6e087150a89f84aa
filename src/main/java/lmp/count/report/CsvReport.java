package lmp.count.report;

import java.math.BigDecimal;
import java.util.Map;
import lmp.count.Result;
import lmp.count.Round;
import lmp.io.CsvOutput;

/**
 * CSV report, one row per candidate per round (a tidy table for spreadsheets):
 * {@code round,action,candidate,votes,transfer,status}; the pseudo-candidates {@code (exhausted)},
 * {@code (rounding loss)} and {@code (threshold)} carry those figures.
 */
final class CsvReport {
    private CsvReport() {
    }

    static String render(TallyReport report) {
        Result r = report.result();
        StringBuilder sb = new StringBuilder();
        try (CsvOutput csv = new CsvOutput(sb)) {
            csv.row("round", "action", "candidate", "votes", "transfer", "status");
            for (Round round : r.rounds()) {
                String n = Integer.toString(round.round());
                for (Map.Entry<String, BigDecimal> e : round.tallies().entrySet()) {
                    BigDecimal t = round.transfers().get(e.getKey());
                    String status = round.elected().contains(e.getKey()) ? "elected"
                            : round.eliminated().contains(e.getKey()) ? "eliminated" : "";
                    csv.row(n, round.action(), e.getKey(), e.getValue().toPlainString(), t == null ? "" : t.toPlainString(), status);
                }
                csv.row(n, round.action(), "(exhausted)", round.exhausted().toPlainString(), "", "");
                csv.row(n, round.action(), "(rounding loss)", round.roundingLoss().toPlainString(), "", "");
                if (round.threshold().isPresent()) {
                    csv.row(n, round.action(), "(threshold)", round.threshold().get().toPlainString(), "", "");
                }
            }
        }
        return sb.toString();
    }
}
