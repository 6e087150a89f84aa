package lmp.bargaining.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lmp.bargaining.Deadline;
import lmp.bargaining.Plan;
import lmp.bargaining.Session;
import lmp.bargaining.StatutoryDeadlines;
import lmp.io.CsvOutput;

/**
 * Every dated item of a plan as CSV, one row each, in date order: sessions, statutory deadlines
 * and the expiry. Dates are ISO (YYYY-MM-DD), times HH:MM in the plan's time zone.
 */
public final class PlanCsv {
    public static final List<String> HEADER = List.of("start_date", "end_date", "start_time", "end_time", "time_zone",
            "type", "id", "title", "body", "location", "virtual", "statute", "days_before_expiry");

    private PlanCsv() {
    }

    public static void write(Plan plan, OutputStream out) throws IOException {
        List<List<String>> rows = rows(plan);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CsvOutput csv = new CsvOutput(w)) {
            csv.row(HEADER);
            rows.forEach(csv::row);
        }
        w.flush();
    }

    /** The rows, one per dated item, in the order of the CSV, with its columns ({@link #HEADER}). */
    public static List<List<String>> rows(Plan plan) {
        StatutoryDeadlines deadlines = plan.agreement().deadlines();
        String zone = plan.agreement().timeZone().getId();
        List<List<String>> rows = new ArrayList<>();
        for (Session s : plan.sessions()) {
            rows.add(List.of(s.start().toString(), s.end().toString(), time(s.startTime().orElse(null)),
                    time(s.endTime().orElse(null)), s.timed() ? zone : "", s.kind().id(), s.id(), s.title(),
                    s.body(), s.where(), Boolean.toString(s.virtual()), "",
                    Long.toString(deadlines.daysBeforeExpiry(s.start()))));
        }
        for (Deadline d : deadlines.all()) {
            rows.add(List.of(d.firstDay().toString(), d.date().toString(), "", "", "",
                    d.isWindow() ? "statutory-window" : "statutory-deadline", d.id(), d.title(), "", "", "",
                    d.statute(), Long.toString(deadlines.daysBeforeExpiry(d.firstDay()))));
        }
        rows.add(List.of(deadlines.expires().toString(), deadlines.expires().toString(), "", "", "", "expiry", "expiry",
                "Agreement expires: " + plan.agreement().name(), "", "", "", "", "0"));
        rows.sort(Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparing(r -> r.get(2))
                .thenComparing(r -> r.get(1)).thenComparing(r -> r.get(6)));
        return rows;
    }

    private static String time(LocalTime t) {
        return t == null ? "" : t.toString();
    }
}
