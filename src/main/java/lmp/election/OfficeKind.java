package lmp.election;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lmp.roster.Role;

/**
 * The offices lmp can run an election for, each with the rule that draws its voters and candidates
 * from the roster. A custom office draws them from what its scope names (a UBT, council, area,
 * local, bargaining unit or a list of UBTs).
 */
public enum OfficeKind {
    /** Elected by the active union members in good standing of the UBT, from their ranks. */
    UBT_CO_LEAD("ubt-co-lead", Optional.of(Role.UBT_CO_LEAD)),
    /** Elected from the rank and file of an area: the members of the area's UBTs. */
    LABOR_PARTNER("labor-partner", Optional.of(Role.LABOR_PARTNER)),
    /** Elected by the stewards of the council from their ranks. */
    STEWARD_COUNCIL_CHAIR("steward-council-chair", Optional.of(Role.STEWARD_COUNCIL_CHAIR)),
    /** An officer of a local (LMRDA 3(n); 29 CFR 452.17): elected by the local's members in good standing. */
    UNION_OFFICER("union-officer", Optional.of(Role.UNION_OFFICER)),
    /** Any other office; its electorate is what the scope names, its law and term are the policy's custom_offices. */
    CUSTOM("custom", Optional.empty());

    private final String id;
    private final Optional<Role> role;

    OfficeKind(String id, Optional<Role> role) {
        this.id = id;
        this.role = role;
    }

    public String id() {
        return id;
    }

    /** The roster role the winner will hold; empty for a custom office (certify then writes no role). */
    public Optional<Role> role() {
        return role;
    }

    /** Words for ballots and certificates. */
    public String title() {
        return switch (this) {
            case UBT_CO_LEAD -> "UBT union co-lead";
            case LABOR_PARTNER -> "Labor partner";
            case STEWARD_COUNCIL_CHAIR -> "Steward-council chair";
            case UNION_OFFICER -> "Union officer";
            case CUSTOM -> "Office";
        };
    }

    /** The office kind whose winner holds {@code role}; CUSTOM for a role that is not elected through lmp. */
    public static OfficeKind of(Role role) {
        for (OfficeKind k : values()) {
            if (k.role.filter(r -> r == role).isPresent()) return k;
        }
        return CUSTOM;
    }

    public static Map<String, OfficeKind> spellings() {
        Map<String, OfficeKind> m = new LinkedHashMap<>();
        for (OfficeKind k : values()) m.put(k.id, k);
        return m;
    }
}
