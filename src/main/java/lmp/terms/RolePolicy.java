package lmp.terms;

import java.time.Period;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import lmp.roster.HowChosen;
import lmp.roster.Role;

/**
 * The policy for one role: how long a term runs, whether and how often the holder may be
 * re-elected, what credential the holder needs and how long they have to get it, how the role is
 * filled, the release time it carries, how many may hold it in one scope and whether a scope
 * without a holder is a vacancy to report; and which law governs its election: {@code lmrdaOfficer}
 * (an officer under LMRDA 3(n), 29 CFR 452.17, so Title IV is the law) or not (Title IV applied as
 * best practice, which the policy may relax: {@code holdover} until a successor, {@code onLeaveVotes},
 * a term longer than 3 years). {@code sources} says, for each field (keyed by its policy-file key,
 * e.g. {@code term}), where the value comes from: the built-in role policy or a line of the union's
 * policy file, so every finding can cite the rule it applies.
 */
public record RolePolicy(
        Role role,
        Optional<Period> term,
        boolean termIsTypical,
        boolean reElection,
        Optional<Integer> maxConsecutiveTerms,
        Credential credential,
        Period gracePeriod,
        HowChosen filledBy,
        ReleaseTime releaseTime,
        int holdersPerScope,
        boolean mustBeFilled,
        boolean lmrdaOfficer,
        boolean holdover,
        boolean onLeaveVotes,
        boolean unopposedDeclaredElected,
        Map<String, String> sources) {

    public static final String TERM = "term";
    public static final String TERM_IS = "term_is";
    public static final String RE_ELECTION = "re_election";
    public static final String MAX_CONSECUTIVE_TERMS = "max_consecutive_terms";
    public static final String CREDENTIAL = "credential";
    public static final String GRACE_PERIOD = "grace_period";
    public static final String FILLED_BY = "filled_by";
    public static final String RELEASE_TIME = "release_time";
    public static final String HOLDERS_PER_SCOPE = "holders_per_scope";
    public static final String MUST_BE_FILLED = "must_be_filled";
    public static final String LMRDA_OFFICER = "lmrda_officer";
    public static final String HOLDOVER = "holdover";
    public static final String ON_LEAVE_VOTES = "on_leave_votes";
    public static final String UNOPPOSED = "unopposed_declared_elected";

    public RolePolicy {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(maxConsecutiveTerms, "maxConsecutiveTerms");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        Objects.requireNonNull(filledBy, "filledBy");
        Objects.requireNonNull(releaseTime, "releaseTime");
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** Where the value of {@code field} comes from. */
    public String source(String field) {
        return sources.getOrDefault(field, DefaultPolicy.NAME);
    }

    /** Whether the role is filled by election (then the Title IV standards apply, as law or as best practice). */
    public boolean isElected() {
        return filledBy == HowChosen.ELECTED;
    }

    /**
     * How a Title IV rule applies to this role, with its statutory source: "legal requirement" for an
     * officer (LMRDA 3(n); 29 CFR 452.17), "best practice (LMRDA standard)" otherwise, with the policy
     * line that decides which.
     */
    public String law(String statute) {
        return Lmrda.label(lmrdaOfficer) + ": " + statute + "; " + source(LMRDA_OFFICER);
    }

    /**
     * Whether the 3-year limit between elections binds this role: always for an LMRDA officer; as best
     * practice for another elected role unless the policy gives it a term longer than 3 years.
     */
    public boolean threeYearLimit() {
        if (!isElected()) return false;
        if (lmrdaOfficer) return true;
        return term.map(t -> !Lmrda.longerThanCap(t)).orElse(true);
    }

    /** The most consecutive terms one member may serve in one seat; empty when there is no limit. */
    public Optional<Integer> consecutiveTermLimit() {
        return reElection ? maxConsecutiveTerms : Optional.of(1);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes fields one at a time, recording the source of each change. */
    public static final class Builder {
        private final Role role;
        private Optional<Period> term;
        private boolean termIsTypical;
        private boolean reElection;
        private Optional<Integer> maxConsecutiveTerms;
        private Credential credential;
        private Period gracePeriod;
        private HowChosen filledBy;
        private ReleaseTime releaseTime;
        private int holdersPerScope;
        private boolean mustBeFilled;
        private boolean lmrdaOfficer;
        private boolean holdover;
        private boolean onLeaveVotes = true;
        private boolean unopposedDeclaredElected;
        private final Map<String, String> sources;

        public Builder(Role role) {
            this.role = role;
            this.term = Optional.empty();
            this.reElection = true;
            this.maxConsecutiveTerms = Optional.empty();
            this.credential = Credential.NONE;
            this.gracePeriod = Period.ZERO;
            this.filledBy = HowChosen.APPOINTED;
            this.releaseTime = ReleaseTime.none();
            this.holdersPerScope = role.maxHoldersPerScope();
            this.sources = new TreeMap<>();
            this.sources.put(HOLDERS_PER_SCOPE, DefaultPolicy.NAME + " (" + (role.maxHoldersPerScope() == 0 ? "no limit"
                    : role.maxHoldersPerScope() + " per " + (role.seatsPerLocal() ? "local and " : "") + role.scopeKind().words()) + ")");
        }

        private Builder(RolePolicy p) {
            role = p.role;
            term = p.term;
            termIsTypical = p.termIsTypical;
            reElection = p.reElection;
            maxConsecutiveTerms = p.maxConsecutiveTerms;
            credential = p.credential;
            gracePeriod = p.gracePeriod;
            filledBy = p.filledBy;
            releaseTime = p.releaseTime;
            holdersPerScope = p.holdersPerScope;
            mustBeFilled = p.mustBeFilled;
            lmrdaOfficer = p.lmrdaOfficer;
            holdover = p.holdover;
            onLeaveVotes = p.onLeaveVotes;
            unopposedDeclaredElected = p.unopposedDeclaredElected;
            sources = new TreeMap<>(p.sources);
        }

        public Builder term(Optional<Period> value, String source) {
            term = value;
            sources.put(TERM, source);
            return this;
        }

        public Builder termIsTypical(boolean value, String source) {
            termIsTypical = value;
            sources.put(TERM_IS, source);
            return this;
        }

        public Builder reElection(boolean value, String source) {
            reElection = value;
            sources.put(RE_ELECTION, source);
            return this;
        }

        public Builder maxConsecutiveTerms(Optional<Integer> value, String source) {
            maxConsecutiveTerms = value;
            sources.put(MAX_CONSECUTIVE_TERMS, source);
            return this;
        }

        public Builder credential(Credential value, String source) {
            credential = value;
            sources.put(CREDENTIAL, source);
            return this;
        }

        public Builder gracePeriod(Period value, String source) {
            gracePeriod = value;
            sources.put(GRACE_PERIOD, source);
            return this;
        }

        public Builder filledBy(HowChosen value, String source) {
            filledBy = value;
            sources.put(FILLED_BY, source);
            return this;
        }

        public Builder releaseTime(ReleaseTime value, String source) {
            releaseTime = value;
            sources.put(RELEASE_TIME, source);
            return this;
        }

        public Builder holdersPerScope(int value, String source) {
            holdersPerScope = value;
            sources.put(HOLDERS_PER_SCOPE, source);
            return this;
        }

        public Builder mustBeFilled(boolean value, String source) {
            mustBeFilled = value;
            sources.put(MUST_BE_FILLED, source);
            return this;
        }

        public Builder lmrdaOfficer(boolean value, String source) {
            lmrdaOfficer = value;
            sources.put(LMRDA_OFFICER, source);
            return this;
        }

        public Builder holdover(boolean value, String source) {
            holdover = value;
            sources.put(HOLDOVER, source);
            return this;
        }

        public Builder onLeaveVotes(boolean value, String source) {
            onLeaveVotes = value;
            sources.put(ON_LEAVE_VOTES, source);
            return this;
        }

        public Builder unopposedDeclaredElected(boolean value, String source) {
            unopposedDeclaredElected = value;
            sources.put(UNOPPOSED, source);
            return this;
        }

        public RolePolicy build() {
            return new RolePolicy(role, term, termIsTypical, reElection, maxConsecutiveTerms, credential, gracePeriod,
                    filledBy, releaseTime, holdersPerScope, mustBeFilled, lmrdaOfficer, holdover, onLeaveVotes, unopposedDeclaredElected, sources);
        }
    }
}
