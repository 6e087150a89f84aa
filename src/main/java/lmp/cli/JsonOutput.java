package lmp.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.io.Problem;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as lmp's commands print it (indented, keys in the order built, '\n' line ends), and the two
 * shapes every command shares: a located problem, and the error object printed on standard output
 * instead of a report when a command run with {@code --format json} fails (README, "Conventions"):
 * <pre>{"error": {"exit": 65, "problems": [{"file": "r.yaml", "line": 3, "column": 5, "message": "..."}]}}</pre>
 */
public final class JsonOutput {
    /** Created on first use only: Jackson costs start-up time for commands that never print JSON. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private JsonOutput() {
    }

    public static String of(Object value) {
        return Json.MAPPER.writeValueAsString(value).replace("\r\n", "\n") + "\n";
    }

    /** A problem: file, line and column (null when unknown), severity and message. */
    public static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.source().isEmpty() ? null : p.source());
        m.put("line", p.line() == 0 ? null : p.line());
        m.put("column", p.column() == 0 ? null : p.column());
        m.put("severity", p.severity().label());
        m.put("message", p.message());
        return m;
    }

    /** The error object for a failed command. */
    public static String error(int exit, List<Problem> problems) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("exit", exit);
        error.put("problems", problems.stream().map(JsonOutput::problem).toList());
        return of(Map.of("error", error));
    }
}
