package lmp.bargaining.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.bargaining.Deadline;
import lmp.bargaining.StatutoryDeadlines;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The statutory deadlines alone, as text for people or JSON for programs (lmp bargaining deadlines). */
public final class DeadlinesReport {
    /** The counting convention in one paragraph; shown with every listing of deadlines. */
    public static final String CONVENTION = "Calendar days counted back from the expiry date, which is day 0: "
            + "'N days before expiry' is expiry minus N days; 'more than N days' is at the latest expiry minus N+1; "
            + "a strike on day D needs notice by D minus 10. Weekends and holidays count; no date is moved.";
    /** Made on first use: the text report must not load the JSON library (docs/install.md, "Start-up"). */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private DeadlinesReport() {
    }

    public static String text(StatutoryDeadlines deadlines, Optional<LocalDate> asOf) {
        StringBuilder t = new StringBuilder();
        t.append("Statutory deadlines for an agreement ").append(deadlines.start().map(st -> "from " + st + " ").orElse(""))
                .append("expiring ").append(deadlines.expires()).append(" (")
                .append(Weekday.of(deadlines.expires())).append("), ")
                .append(deadlines.healthCareInstitution() ? "health-care institution" : "not a health-care institution")
                .append(asOf.map(d -> ", as of " + d).orElse("")).append("\n\n");
        for (Deadline d : deadlines.all()) {
            String when = d.isWindow() ? d.firstDay() + " to " + d.date() : "by " + d.date() + " (" + Weekday.of(d.date()) + ")";
            t.append("  ").append(d.title()).append(": ").append(when);
            asOf.ifPresent(a -> t.append("  [").append(PlanMarkdown.status(d, a).replace("**", "")).append(']'));
            t.append('\n');
            t.append("      ").append(d.rule()).append("; ").append(d.statute()).append('\n');
            if (d.onWeekend() && !d.isWindow()) {
                t.append("      falls on a ").append(Weekday.of(d.date()))
                        .append(": serve it on the working day before to be safe\n");
            }
        }
        t.append("  Agreement expires: ").append(deadlines.expires()).append("\n\n").append(CONVENTION).append('\n');
        return t.toString();
    }

    public static String json(StatutoryDeadlines deadlines, Optional<LocalDate> asOf) {
        Map<String, Object> doc = new LinkedHashMap<>();
        deadlines.start().ifPresent(st -> doc.put("starts", st.toString()));
        doc.put("expires", deadlines.expires().toString());
        doc.put("health_care_institution", deadlines.healthCareInstitution());
        asOf.ifPresent(a -> doc.put("as_of", a.toString()));
        doc.put("counting_convention", CONVENTION);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Deadline d : deadlines.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("title", d.title());
            d.opens().ifPresent(o -> m.put("opens", o.toString()));
            m.put(d.isWindow() ? "closes" : "date", d.date().toString());
            m.put("weekday", Weekday.of(d.date()));
            m.put("days_before_expiry", deadlines.daysBeforeExpiry(d.date()));
            m.put("statute", d.statute());
            m.put("rule", d.rule());
            asOf.ifPresent(a -> m.put("status", PlanMarkdown.status(d, a).replace("**", "").toLowerCase(java.util.Locale.ROOT)));
            list.add(m);
        }
        doc.put("deadlines", list);
        return Json.MAPPER.writeValueAsString(doc) + "\n";
    }
}
