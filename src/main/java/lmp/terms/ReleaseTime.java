package lmp.terms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Time a role holder is released from their regular job for the role (the guide "How Our Kaiser Partnership Works"): none, full
 * release ("on release" for the position), or a monthly amount in shifts and hours plus meetings
 * (a UBT co-lead: at least one shift a month plus the UBT meeting; a steward-council chair: four
 * hours a month besides the meetings). {@code paidBy} says who pays (Kaiser, or the LMP trust fund
 * for improvement advisors and APRs).
 */
public record ReleaseTime(Basis basis, int shiftsPerMonth, int hoursPerMonth, List<String> plus, String paidBy) {

    public enum Basis {
        NONE("none"), MONTHLY("monthly"), FULL("full");

        private final String id;

        Basis(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Map<String, Basis> spellings() {
            Map<String, Basis> m = new LinkedHashMap<>();
            for (Basis b : values()) m.put(b.id, b);
            return m;
        }
    }

    public ReleaseTime {
        Objects.requireNonNull(basis, "basis");
        plus = List.copyOf(plus);
        Objects.requireNonNull(paidBy, "paidBy");
        if (shiftsPerMonth < 0 || hoursPerMonth < 0) throw new IllegalArgumentException("release time cannot be negative");
    }

    public static ReleaseTime none() {
        return new ReleaseTime(Basis.NONE, 0, 0, List.of(), "");
    }

    /** In words, e.g. "1 shift a month plus the UBT meeting", "full release (paid by Kaiser)". */
    public String words() {
        List<String> parts = new ArrayList<>();
        switch (basis) {
            case NONE -> parts.add("none");
            case FULL -> parts.add("full release");
            case MONTHLY -> {
                if (shiftsPerMonth > 0) parts.add(shiftsPerMonth + (shiftsPerMonth == 1 ? " shift" : " shifts") + " a month");
                if (hoursPerMonth > 0) parts.add(hoursPerMonth + (hoursPerMonth == 1 ? " hour" : " hours") + " a month");
                if (parts.isEmpty()) parts.add("no monthly time");
            }
        }
        StringBuilder sb = new StringBuilder(String.join(" and ", parts));
        if (!plus.isEmpty()) sb.append(" plus ").append(String.join(" and ", plus));
        if (!paidBy.isEmpty() && basis != Basis.NONE) sb.append(" (paid by ").append(paidBy).append(')');
        return sb.toString();
    }
}
