package lmp.election;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where an election is in its life cycle (see {@link Lifecycle} for what may follow what):
 * {@code draft} (created, nothing taken in), {@code voting} (ballots, challenges or the check-off
 * list being taken in), {@code counted} (a complete tally), {@code certified} (the result written
 * into the roster and the certificate), {@code reopened} (a certification or count deliberately
 * voided by {@code lmp election reopen}, with a reason in the audit log).
 */
public enum Stage {
    DRAFT, VOTING, COUNTED, CERTIFIED, REOPENED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Map<String, Stage> spellings() {
        Map<String, Stage> m = new LinkedHashMap<>();
        for (Stage s : values()) m.put(s.id(), s);
        return m;
    }
}
