package lmp.count;

import java.util.Locale;
import java.util.Optional;

/** The counting rules lmp implements, by the names used in files and on the command line. */
public enum Method {
    PLURALITY("plurality", 0),
    APPROVAL("approval", 0),
    IRV("irv", 0),
    /** Sequential (multi-pass) instant-runoff: one IRV count per seat, earlier winners removed. */
    SEQUENTIAL_IRV("sequential-irv", 0),
    /** Bottoms-up: eliminate the lowest until only the seats (or those above a threshold) remain. */
    BOTTOMS_UP("bottoms-up", 0),
    STV("stv", ScottishStv.DECIMALS),
    MEEK("meek", MeekStv.DECIMALS);

    private final String id;
    private final int decimals;

    Method(String id, int decimals) {
        this.id = id;
        this.decimals = decimals;
    }

    public String id() {
        return id;
    }

    /** Decimal places of the method's arithmetic: votes are reported at exactly this precision. */
    public int decimals() {
        return decimals;
    }

    /** Whether ballots rank candidates (rather than mark them). */
    public boolean ranked() {
        return this != PLURALITY && this != APPROVAL;
    }

    /** Instant-runoff and the methods built from its rounds (sequential IRV, bottoms-up). */
    public boolean runoff() {
        return this == IRV || this == SEQUENTIAL_IRV || this == BOTTOMS_UP;
    }

    /** Every method's id, in order, for messages. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (Method m : values()) sb.append(sb.length() == 0 ? "" : ", ").append(m.id);
        return sb.toString();
    }

    public static Optional<Method> byId(String id) {
        for (Method m : values()) {
            if (m.id.equals(id.toLowerCase(Locale.ROOT))) return Optional.of(m);
        }
        return Optional.empty();
    }
}
