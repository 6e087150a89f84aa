package lmp.count.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lmp.count.Result;
import lmp.count.Round;

/**
 * The round-by-round table shared by Markdown and HTML: a header row, then one row per candidate
 * (votes, with the transfer into the round in brackets) and rows for exhausted ballots, rounding
 * loss, the threshold and the action of each round. Cells are plain text; callers escape them.
 */
final class RoundTable {
    private RoundTable() {
    }

    static List<List<String>> rows(Result r) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("Candidate");
        for (Round round : r.rounds()) header.add("Round " + round.round());
        rows.add(header);
        for (String c : r.candidates()) {
            List<String> row = new ArrayList<>();
            row.add(c);
            for (Round round : r.rounds()) {
                BigDecimal v = round.tallies().get(c);
                BigDecimal t = round.transfers().get(c);
                String cell = v == null ? "" : v.toPlainString();
                if (t != null) cell += " (" + (t.signum() > 0 ? "+" : "") + t.toPlainString() + ")";
                if (round.elected().contains(c)) cell += " elected";
                if (round.eliminated().contains(c)) cell += " eliminated";
                row.add(cell);
            }
            rows.add(row);
        }
        rows.add(line(r, "Exhausted", round -> round.exhausted().toPlainString()));
        rows.add(line(r, "Rounding loss", round -> round.roundingLoss().toPlainString()));
        rows.add(line(r, "Threshold", round -> round.threshold().map(BigDecimal::toPlainString).orElse("")));
        rows.add(line(r, "Action", Round::action));
        return rows;
    }

    private static List<String> line(Result r, String label, java.util.function.Function<Round, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(label);
        for (Round round : r.rounds()) row.add(cell.apply(round));
        return row;
    }
}
