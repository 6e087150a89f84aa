package lmp.bargaining;

import java.util.LinkedHashMap;
import java.util.Map;

/** What kind of meeting a session is (seed 002: kickoff, CIC check-ins, in-person sessions). */
public enum SessionKind {
    KICKOFF("kickoff", "Kickoff"),
    CHECK_IN("check-in", "Check-in"),
    SESSION("session", "Bargaining session"),
    CAUCUS("caucus", "Caucus"),
    RATIFICATION_VOTE("ratification-vote", "Ratification vote");

    private final String id;
    private final String label;

    SessionKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The spelling in plan files and machine outputs. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Map<String, SessionKind> spellings() {
        Map<String, SessionKind> m = new LinkedHashMap<>();
        for (SessionKind k : values()) m.put(k.id, k);
        m.put("check_in", CHECK_IN);
        m.put("ratification_vote", RATIFICATION_VOTE);
        return m;
    }
}
