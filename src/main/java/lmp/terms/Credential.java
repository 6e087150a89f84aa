package lmp.terms;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a role holder must be, besides a member (the guide "How Our Kaiser Partnership Works"). */
public enum Credential {
    /** No credential beyond membership. */
    NONE("none", "no credential"),
    /** A steward designated by the union. */
    STEWARD("steward", "a steward"),
    /** A steward on the steward council the role is held in (the role's scope is that council). */
    STEWARD_OF_COUNCIL("steward-of-council", "a steward on that council");

    private final String id;
    private final String words;

    Credential(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public static Map<String, Credential> spellings() {
        Map<String, Credential> m = new LinkedHashMap<>();
        for (Credential c : values()) m.put(c.id, c);
        return m;
    }
}
