package lmp.terms;

import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.roster.HowChosen;
import lmp.roster.Role;

/**
 * The built-in role policy, taken from seed 000 ("How Our Kaiser Partnership Works") as condensed
 * in DOMAIN.md "Roles". Each value carries its source. A union's policy file overrides any of them
 * (lmp.terms.formats.PolicyYaml); the LMRDA cap ({@link Lmrda}) applies on top regardless.
 * How many may hold a role in one scope is a fact of the roster model ({@link Role#maxHoldersPerScope()}).
 */
public final class DefaultPolicy {
    public static final String NAME = "built-in defaults (seed 000)";

    private static final String CO_LEAD = "seed 000, UBT Co-Lead";
    private static final String LABOR_PARTNER = "seed 000, Labor Partners";
    private static final String CONTRACT_SPECIALIST = "seed 000, Contract Specialists";
    private static final String CHAIR = "seed 000, Steward-Council Chair";
    private static final String IA = "seed 000, Improvement Advisors";
    private static final String APR = "seed 000, Alliance Partnership Representative";
    private static final String NOT_STATED = " (no limit stated)";
    private static final String KAISER = "Kaiser";
    private static final String TRUST_FUND = "LMP trust fund";

    private DefaultPolicy() {
    }

    public static TermsPolicy policy() {
        Map<Role, RolePolicy> m = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            m.put(r, of(r));
        }
        return new TermsPolicy(NAME, m);
    }

    public static RolePolicy of(Role role) {
        RolePolicy.Builder b = new RolePolicy.Builder(role);
        switch (role) {
            case UBT_CO_LEAD -> b
                    .term(Optional.of(Period.ofYears(2)), CO_LEAD + ": \"elected for a term of two years\"")
                    .termIsTypical(false, CO_LEAD)
                    .reElection(true, CO_LEAD + ": \"can be re-elected\"")
                    .maxConsecutiveTerms(Optional.empty(), CO_LEAD + NOT_STATED)
                    .credential(Credential.STEWARD, CO_LEAD + ": \"required to be a steward or to become a steward within six months\"")
                    .gracePeriod(Period.ofMonths(6), CO_LEAD + ": \"to become a steward within six months\"")
                    .filledBy(HowChosen.ELECTED, CO_LEAD + ": \"The union members elect a co-lead from their ranks\"")
                    .releaseTime(new ReleaseTime(ReleaseTime.Basis.MONTHLY, 1, 0, List.of("the UBT meeting"), KAISER),
                            CO_LEAD + ": \"at least one shift per month in addition to the UBT meeting\"")
                    .mustBeFilled(true, "DOMAIN.md, UBT: \"Co-led by a manager and an elected union co-lead\"");
            case LABOR_PARTNER -> b
                    .term(Optional.of(Period.ofYears(3)), LABOR_PARTNER + ": \"for a term of up to three years\"")
                    .termIsTypical(false, LABOR_PARTNER + ": \"up to\"")
                    .reElection(true, LABOR_PARTNER + NOT_STATED)
                    .maxConsecutiveTerms(Optional.empty(), LABOR_PARTNER + NOT_STATED)
                    .credential(Credential.NONE, LABOR_PARTNER + ": \"elected members of the rank and file\"")
                    .gracePeriod(Period.ZERO, LABOR_PARTNER)
                    .filledBy(HowChosen.ELECTED, LABOR_PARTNER + ": \"Labor Partners are elected\"")
                    .releaseTime(new ReleaseTime(ReleaseTime.Basis.FULL, 0, 0, List.of(), KAISER),
                            LABOR_PARTNER + ": \"released for position ... draw their regular pay from Kaiser\"")
                    .mustBeFilled(true, LABOR_PARTNER + ": \"a labor partner for each hospital, one for primary-care clinics\"");
            case CONTRACT_SPECIALIST -> b
                    .term(Optional.of(Period.ofYears(1)), CONTRACT_SPECIALIST + ": \"typically serve for a term of one year\"")
                    .termIsTypical(true, CONTRACT_SPECIALIST + ": \"typically\"")
                    .reElection(true, CONTRACT_SPECIALIST + NOT_STATED)
                    .maxConsecutiveTerms(Optional.empty(), CONTRACT_SPECIALIST + NOT_STATED)
                    .credential(Credential.STEWARD, CONTRACT_SPECIALIST + ": \"required to be stewards themselves\"")
                    .gracePeriod(Period.ZERO, CONTRACT_SPECIALIST + ": \"selected stewards\"")
                    .filledBy(HowChosen.SELECTED, CONTRACT_SPECIALIST + ": \"selected by a committee of stewards\"")
                    .releaseTime(new ReleaseTime(ReleaseTime.Basis.FULL, 0, 0, List.of(), KAISER),
                            CONTRACT_SPECIALIST + ": \"on release ... draw their regular pay from Kaiser\"")
                    .mustBeFilled(false, CONTRACT_SPECIALIST + ": positions open when a seat is created");
            case STEWARD_COUNCIL_CHAIR -> b
                    .term(Optional.empty(), CHAIR + ": term set by bylaws (DOMAIN.md); the LMRDA cap applies")
                    .termIsTypical(false, CHAIR)
                    .reElection(true, CHAIR + NOT_STATED)
                    .maxConsecutiveTerms(Optional.empty(), CHAIR + NOT_STATED)
                    .credential(Credential.STEWARD_OF_COUNCIL, CHAIR + ": \"a chair, elected from its ranks\"")
                    .gracePeriod(Period.ZERO, CHAIR)
                    .filledBy(HowChosen.ELECTED, CHAIR + ": \"elected from its ranks\"")
                    .releaseTime(new ReleaseTime(ReleaseTime.Basis.MONTHLY, 0, 4, List.of("the council meetings"), KAISER),
                            CHAIR + ": \"release them for four hours per month\", besides the meetings")
                    .mustBeFilled(true, CHAIR + ": \"Each steward council has a chair\"");
            case IMPROVEMENT_ADVISOR -> b
                    .term(Optional.empty(), IA + ": \"a long-term position\"")
                    .termIsTypical(false, IA)
                    .reElection(true, IA)
                    .maxConsecutiveTerms(Optional.empty(), IA)
                    .credential(Credential.NONE, IA)
                    .gracePeriod(Period.ZERO, IA)
                    .filledBy(HowChosen.HIRED, IA + ": \"hired by the regional office of the Alliance\"")
                    .releaseTime(new ReleaseTime(ReleaseTime.Basis.FULL, 0, 0, List.of(), TRUST_FUND),
                            IA + ": \"released from their regular jobs and paid by the LMP trust fund\"")
                    .mustBeFilled(false, IA);
            case ALLIANCE_PARTNERSHIP_REPRESENTATIVE -> b
                    .term(Optional.empty(), APR + ": \"a long-term position\"")
                    .termIsTypical(false, APR)
                    .reElection(true, APR)
                    .maxConsecutiveTerms(Optional.empty(), APR)
                    .credential(Credential.NONE, APR)
                    .gracePeriod(Period.ZERO, APR)
                    .filledBy(HowChosen.HIRED, APR + ": \"hired by the regional office of the Alliance\"")
                    .releaseTime(new ReleaseTime(ReleaseTime.Basis.FULL, 0, 0, List.of(), TRUST_FUND),
                            APR + ": \"paid out of the LMP trust fund\"")
                    .mustBeFilled(false, APR);
        }
        return b.build();
    }
}
