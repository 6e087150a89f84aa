package lmp.terms;

import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.roster.HowChosen;
import lmp.roster.Role;

/**
 * The built-in role policy, taken from the union's public guide "How Our Kaiser Partnership Works".
 * Each value carries its source. A union's policy file overrides any of them
 * (lmp.terms.formats.PolicyYaml). The partnership roles are not officers under LMRDA 3(n) and
 * 29 CFR 452.17-452.21 (stewards and committee posts are not officers unless the bylaws make them
 * so; a UBT co-lead is elected by the members of several unions at once), so Title IV applies to
 * them as best practice; the union office ({@link Role#UNION_OFFICER}) is an officer and Title IV is
 * the law. How many may hold a role in one scope is a fact of the roster model
 * ({@link Role#maxHoldersPerScope()}).
 */
public final class DefaultPolicy {
    public static final String NAME = "built-in role policy";

    private static final String GUIDE = NAME + ", from \"How Our Kaiser Partnership Works\", ";
    private static final String CO_LEAD = GUIDE + "UBT Co-Lead";
    private static final String LABOR_PARTNER = GUIDE + "Labor Partners";
    private static final String CONTRACT_SPECIALIST = GUIDE + "Contract Specialists";
    private static final String CHAIR = GUIDE + "Steward-Council Chair";
    private static final String IA = GUIDE + "Improvement Advisors";
    private static final String APR = GUIDE + "Alliance Partnership Representative";
    private static final String OFFICER = NAME;
    private static final String NOT_OFFICER = NAME + ": not an LMRDA officer";
    private static final String NO_HOLDOVER = NAME + ": the seat is filled by the end of the term";
    private static final String LEAVE_VOTES = NAME + ": members on leave in good standing vote (LMRDA 401(e); 29 CFR 452.84-452.87)";
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
        RolePolicy.Builder b = new RolePolicy.Builder(role)
                .lmrdaOfficer(false, NOT_OFFICER)
                .holdover(false, NO_HOLDOVER)
                .onLeaveVotes(true, LEAVE_VOTES)
                .unopposedDeclaredElected(false, NAME + ": a ballot is held even when unopposed, unless the bylaws say otherwise");
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
                    .mustBeFilled(true, CO_LEAD + ": \"The UBT co-lead, together with the manager ... leads the team\"");
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
                    .term(Optional.empty(), CHAIR + ": no term stated; set by the bylaws (give 'term' in the union's policy)")
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
            case UNION_OFFICER -> b
                    .lmrdaOfficer(true, OFFICER + ": an LMRDA officer")
                    .term(Optional.of(Period.ofYears(3)), OFFICER + ": at most 3 years for a local (LMRDA 401(b); 29 CFR 452.23)")
                    .termIsTypical(false, OFFICER)
                    .reElection(true, OFFICER + NOT_STATED)
                    .maxConsecutiveTerms(Optional.empty(), OFFICER + NOT_STATED)
                    .credential(Credential.NONE, OFFICER + ": any member in good standing may run (LMRDA 401(e); 29 CFR 452.35)")
                    .gracePeriod(Period.ZERO, OFFICER)
                    .filledBy(HowChosen.ELECTED, OFFICER + ": elected by secret ballot (LMRDA 401(b))")
                    .releaseTime(ReleaseTime.none(), OFFICER + ": none by default")
                    .mustBeFilled(false, OFFICER);
        }
        return b.build();
    }
}
