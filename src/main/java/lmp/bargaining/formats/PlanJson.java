package lmp.bargaining.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.bargaining.Plan;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every dated item of a plan as JSON: the same items and fields as {@link PlanCsv} (one object per
 * row, its column names as keys), with {@code virtual} a boolean, {@code days_before_expiry} a
 * number and empty cells left out. Schema in docs/bargaining.md.
 */
public final class PlanJson {
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private PlanJson() {
    }

    public static void write(Plan plan, OutputStream out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("plan", plan.id());
        doc.put("agreement", plan.agreement().name());
        doc.put("expires", plan.agreement().expires().toString());
        doc.put("time_zone", plan.agreement().timeZone().getId());
        List<Map<String, Object>> items = new ArrayList<>();
        for (List<String> row : PlanCsv.rows(plan)) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (int i = 0; i < PlanCsv.HEADER.size(); i++) {
                String key = PlanCsv.HEADER.get(i);
                String cell = row.get(i);
                if (cell.isEmpty()) continue;
                switch (key) {
                    case "virtual" -> item.put(key, Boolean.parseBoolean(cell));
                    case "days_before_expiry" -> item.put(key, Long.parseLong(cell));
                    default -> item.put(key, cell);
                }
            }
            items.add(item);
        }
        doc.put("items", items);
        out.write((Json.MAPPER.writeValueAsString(doc).replace("\r\n", "\n") + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
