package lmp.roster;

import java.util.LinkedHashMap;
import java.util.Map;

/** Employment/membership status as exported by membership systems. Only active members vote and hold roles. */
public enum MemberStatus {
    ACTIVE("active"), ON_LEAVE("on-leave"), INACTIVE("inactive");

    private final String id;

    MemberStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Map<String, MemberStatus> spellings() {
        Map<String, MemberStatus> m = new LinkedHashMap<>();
        for (MemberStatus s : values()) m.put(s.id, s);
        m.put("on_leave", ON_LEAVE);
        m.put("leave", ON_LEAVE);
        return m;
    }
}
