package lmp.roster;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a role holder came to hold the role (the guide "How Our Kaiser Partnership Works": elected, selected by committee, hired, appointed). */
public enum HowChosen {
    ELECTED("elected"), SELECTED("selected"), HIRED("hired"), APPOINTED("appointed");

    private final String id;

    HowChosen(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Map<String, HowChosen> spellings() {
        Map<String, HowChosen> m = new LinkedHashMap<>();
        for (HowChosen h : values()) m.put(h.id, h);
        return m;
    }
}
