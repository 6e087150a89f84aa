package lmp.roster;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The partnership roles (and the union office) a roster records (the public guide "How Our Kaiser Partnership Works"). Each role is held
 * within a kind of scope: a UBT, an area, a bargaining unit or a steward council. The terms,
 * credentials and release time of each role are policy (see the terms package), not facts of the
 * role itself; what is fixed here is the role's name, its scope and how many may hold it at once
 * in one scope.
 */
public enum Role {
    /** Elected by the union members of a UBT from their ranks (the guide "How Our Kaiser Partnership Works"). One per UBT. */
    UBT_CO_LEAD("ubt-co-lead", ScopeKind.UBT, 1),
    /** Elected from the rank and file of an area, paired with a third- or fourth-tier manager. One per area. */
    LABOR_PARTNER("labor-partner", ScopeKind.AREA, 1),
    /** Selected from applicant stewards; one position per bargaining unit (or shared). */
    CONTRACT_SPECIALIST("contract-specialist", ScopeKind.BARGAINING_UNIT, 1),
    /** Elected by the council's stewards from their ranks. One per council. */
    STEWARD_COUNCIL_CHAIR("steward-council-chair", ScopeKind.COUNCIL, 1),
    /** Hired by the regional Alliance office or management; long-term, any number per area. */
    IMPROVEMENT_ADVISOR("improvement-advisor", ScopeKind.AREA, 0),
    /** Alliance partnership representative: hired by the regional Alliance office; long-term. */
    ALLIANCE_PARTNERSHIP_REPRESENTATIVE("alliance-partnership-representative", ScopeKind.AREA, 0),
    /**
     * An officer of a local union (president, executive board, trustee...): an officer under LMRDA
     * 3(n) and 29 CFR 452.17, elected under Title IV. Held in a local; any number per local.
     */
    UNION_OFFICER("union-officer", ScopeKind.LOCAL, 0);

    /** What a role's scope names. */
    public enum ScopeKind {
        UBT("UBT id"), AREA("area"), BARGAINING_UNIT("bargaining unit"), COUNCIL("steward council id"), LOCAL("local");

        private final String words;

        ScopeKind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private static final Map<String, Role> BY_ID = new LinkedHashMap<>();

    static {
        for (Role r : values()) {
            BY_ID.put(r.id, r);
        }
        BY_ID.put("ia", IMPROVEMENT_ADVISOR);
        BY_ID.put("apr", ALLIANCE_PARTNERSHIP_REPRESENTATIVE);
    }

    private final String id;
    private final ScopeKind scopeKind;
    private final int maxHoldersPerScope;

    Role(String id, ScopeKind scopeKind, int maxHoldersPerScope) {
        this.id = id;
        this.scopeKind = scopeKind;
        this.maxHoldersPerScope = maxHoldersPerScope;
    }

    /** The spelling used in files and on the command line, e.g. {@code ubt-co-lead}. */
    public String id() {
        return id;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    /** How many may hold the role in one scope at the same time; 0 means no limit. */
    public int maxHoldersPerScope() {
        return maxHoldersPerScope;
    }

    /**
     * Whether each local has its own holders of the role in a scope: labor partners are per local and
     * area (the guide: each labor partner represents the union with the manager of an area, and an
     * area with members of several locals has one for each).
     */
    public boolean seatsPerLocal() {
        return this == LABOR_PARTNER;
    }

    public static Optional<Role> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-')));
    }

    /** Accepted spellings, for file readers and help text. */
    public static Map<String, Role> spellings() {
        return java.util.Collections.unmodifiableMap(BY_ID);
    }
}
