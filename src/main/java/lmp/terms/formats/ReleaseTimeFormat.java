package lmp.terms.formats;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.io.CsvOutput;
import lmp.terms.ReleaseTimeReport.Entry;

/** Writes the release-time report of {@code lmp terms release-time} as an aligned table, CSV or JSON. */
public final class ReleaseTimeFormat {
    private static final List<String> HEADER = List.of("member", "name", "role", "scope", "from", "to", "basis",
            "shifts_per_month", "hours_per_month", "plus", "paid_by", "entitlement");

    private ReleaseTimeFormat() {
    }

    public static String table(List<Entry> entries, YearMonth month, String policyName) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("MEMBER", "NAME", "ROLE", "SCOPE", "HELD", "ENTITLEMENT"));
        for (Entry e : entries) {
            rows.add(List.of(e.member(), e.memberName(), e.role().id(), e.scope(), e.from() + ".." + e.to(), e.releaseTime().words()));
        }
        int[] width = new int[6];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) width[i] = Math.max(width[i], r.get(i).length());
        }
        StringBuilder sb = new StringBuilder("Release time for " + month + " (policy: " + policyName + ")\n");
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.append(r.get(i));
                if (i < r.size() - 1) line.append(" ".repeat(width[i] - r.get(i).length() + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append(entries.size()).append(entries.size() == 1 ? " holder\n" : " holders\n");
        return sb.toString();
    }

    public static String csv(List<Entry> entries) {
        StringWriter w = new StringWriter();
        try (CsvOutput csv = new CsvOutput(w)) {
            csv.row(HEADER);
            for (Entry e : entries) csv.row(cells(e));
        }
        return w.toString();
    }

    public static String json(List<Entry> entries, YearMonth month, String policyName) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("month", month.toString());
        doc.put("policy", policyName);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<String> cells = cells(e);
            for (int i = 0; i < HEADER.size(); i++) {
                Object v = cells.get(i);
                if (HEADER.get(i).endsWith("_per_month")) v = Integer.parseInt(cells.get(i));
                if (HEADER.get(i).equals("plus")) v = e.releaseTime().plus();
                m.put(HEADER.get(i), v);
            }
            m.put("source", e.source());
            list.add(m);
        }
        doc.put("holders", list);
        return Json.write(doc);
    }

    private static List<String> cells(Entry e) {
        return List.of(e.member(), e.memberName(), e.role().id(), e.scope(), e.from().toString(), e.to().toString(),
                e.releaseTime().basis().id(), Integer.toString(e.releaseTime().shiftsPerMonth()),
                Integer.toString(e.releaseTime().hoursPerMonth()), String.join("; ", e.releaseTime().plus()),
                e.releaseTime().paidBy(), e.releaseTime().words());
    }
}
