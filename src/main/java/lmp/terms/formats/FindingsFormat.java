package lmp.terms.formats;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lmp.io.CsvOutput;
import lmp.terms.Finding;

/** Writes the findings of {@code lmp terms check} as text (two lines per finding), JSON or CSV. */
public final class FindingsFormat {
    private static final List<String> CSV_HEADER = List.of("severity", "kind", "member", "name", "role", "scope", "start",
            "end", "date", "message", "rule", "source", "location");

    private FindingsFormat() {
    }

    public static String text(List<Finding> findings, LocalDate asOf, String policyName) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(f.at().render()).append(": ").append(f.severity().label()).append(" [").append(f.kind().id()).append("] ")
                    .append(f.role().id()).append(" of ").append(f.scope());
            f.member().ifPresent(m -> sb.append(": ").append(m).append(f.memberName().isEmpty() ? "" : " " + f.memberName()));
            f.start().ifPresent(s -> sb.append(" (").append(s).append(" to ").append(f.end().map(LocalDate::toString).orElse("open"))
                    .append(')'));
            sb.append(": ").append(f.message()).append('\n');
            sb.append("    rule: ").append(f.rule()).append(" (").append(f.source()).append(")\n");
        }
        sb.append(summary(findings, asOf, policyName)).append('\n');
        return sb.toString();
    }

    /** "2 errors, 1 warning as of 2026-06-15 (policy: ...)" or "no findings as of ...". */
    public static String summary(List<Finding> findings, LocalDate asOf, String policyName) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        String counts = findings.isEmpty() ? "no findings"
                : plural(errors, "error") + ", " + plural(warnings, "warning");
        return counts + " as of " + asOf + " (policy: " + policyName + ")";
    }

    private static String plural(long n, String word) {
        return String.format(Locale.ROOT, "%d %s%s", n, word, n == 1 ? "" : "s");
    }

    public static String json(List<Finding> findings, LocalDate asOf, String policyName) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("as_of", asOf.toString());
        doc.put("policy", policyName);
        doc.put("errors", findings.stream().filter(Finding::isError).count());
        doc.put("warnings", findings.stream().filter(f -> !f.isError()).count());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < CSV_HEADER.size(); i++) {
                m.put(CSV_HEADER.get(i), cells(f).get(i));
            }
            list.add(m);
        }
        doc.put("findings", list);
        return Json.write(doc);
    }

    public static String csv(List<Finding> findings) {
        StringWriter w = new StringWriter();
        try (CsvOutput csv = new CsvOutput(w)) {
            csv.row(CSV_HEADER);
            for (Finding f : findings) csv.row(cells(f));
        }
        return w.toString();
    }

    private static List<String> cells(Finding f) {
        return List.of(f.severity().label(), f.kind().id(), f.member().orElse(""), f.memberName(), f.role().id(), f.scope(),
                date(f.start()), date(f.end()), f.date().toString(), f.message(), f.rule(), f.source(), f.at().render());
    }

    static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("");
    }
}
