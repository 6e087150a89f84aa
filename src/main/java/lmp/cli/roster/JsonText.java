package lmp.cli.roster;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON as the roster commands print it: indented, keys in the order the command built them, '\n' line ends. */
final class JsonText {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonText() {
    }

    static String of(Object value) {
        return JSON.writeValueAsString(value).replace("\r\n", "\n") + "\n";
    }
}
