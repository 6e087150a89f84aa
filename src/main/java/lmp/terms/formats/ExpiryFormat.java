package lmp.terms.formats;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.io.CsvOutput;
import lmp.terms.ExpiryItem;

/** Writes the expiry report of {@code lmp terms expiring} as text, CSV or JSON. Nothing due writes nothing. */
public final class ExpiryFormat {
    private static final List<String> CSV_HEADER = List.of("due", "days_left", "kind", "member", "name", "role", "scope",
            "start", "end", "election_by", "notice_by", "steward_by", "action", "source", "location");

    private ExpiryFormat() {
    }

    public static String text(List<ExpiryItem> items) {
        StringBuilder sb = new StringBuilder();
        for (ExpiryItem i : items) {
            sb.append(i.due()).append(' ').append(days(i.daysLeft())).append(' ').append(i.kind().id()).append(": ")
                    .append(i.role().id()).append(" of ").append(i.scope()).append(", ").append(i.member())
                    .append(i.memberName().isEmpty() ? "" : " " + i.memberName())
                    .append(" (").append(i.start()).append(" to ").append(i.end().map(LocalDate::toString).orElse("open"))
                    .append(")\n");
            sb.append("    ").append(i.action()).append(" (").append(i.source()).append(")\n");
        }
        return sb.toString();
    }

    private static String days(long n) {
        if (n == 0) return "(today)";
        if (n > 0) return "(in " + n + (n == 1 ? " day)" : " days)");
        return "(" + (-n) + (n == -1 ? " day" : " days") + " overdue)";
    }

    public static String csv(List<ExpiryItem> items) {
        StringWriter w = new StringWriter();
        try (CsvOutput csv = new CsvOutput(w)) {
            csv.row(CSV_HEADER);
            for (ExpiryItem i : items) csv.row(cells(i));
        }
        return w.toString();
    }

    public static String json(List<ExpiryItem> items, LocalDate asOf, String within, String policyName) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("as_of", asOf.toString());
        doc.put("within", within);
        doc.put("policy", policyName);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ExpiryItem i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<String> cells = cells(i);
            for (int k = 0; k < CSV_HEADER.size(); k++) {
                m.put(CSV_HEADER.get(k), k == 1 ? (Object) i.daysLeft() : cells.get(k));
            }
            list.add(m);
        }
        doc.put("items", list);
        return Json.write(doc);
    }

    private static List<String> cells(ExpiryItem i) {
        return List.of(i.due().toString(), Long.toString(i.daysLeft()), i.kind().id(), i.member(), i.memberName(), i.role().id(),
                i.scope(), i.start().toString(), FindingsFormat.date(i.end()), FindingsFormat.date(i.electionBy()),
                FindingsFormat.date(i.noticeBy()), FindingsFormat.date(i.stewardBy()), i.action(), i.source(), i.at().render());
    }
}
