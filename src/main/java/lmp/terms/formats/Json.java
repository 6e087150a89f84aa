package lmp.terms.formats;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON writer of the terms reports: indented, keys in insertion order, a final newline. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }
}
