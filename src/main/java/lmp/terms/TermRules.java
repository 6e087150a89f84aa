package lmp.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lmp.roster.Roster;

/**
 * Checks a roster's role holders against the effective policy as of one day. Each rule lives in
 * its own class, whose javadoc states it and its source:
 * <ul>
 *   <li>{@link TermLengthRule}: a term no longer than the policy's;</li>
 *   <li>{@link LmrdaCapRule}: an elected term no longer than 3 years (LMRDA 401(b));</li>
 *   <li>{@link ConsecutiveTermsRule}: re-election and the limit of consecutive terms;</li>
 *   <li>{@link HeldPastEndRule}: a term ended with no successor;</li>
 *   <li>{@link VacantSeatRule}: a UBT, area or council without its co-lead, labor partner or chair;</li>
 *   <li>{@link HolderCountRule}: two holders of a one-holder role on the same day;</li>
 *   <li>{@link CredentialRule}: steward (of the council), with the grace period;</li>
 *   <li>{@link HolderStandingRule}: holders on the roster, active and in good standing.</li>
 * </ul>
 */
public final class TermRules {
    private static final List<TermRule> RULES = List.of(
            new TermLengthRule(), new LmrdaCapRule(), new ConsecutiveTermsRule(), new HeldPastEndRule(),
            new VacantSeatRule(), new HolderCountRule(), new CredentialRule(), new HolderStandingRule());

    private TermRules() {
    }

    /** Every finding as of {@code asOf}, in {@link Finding#ORDER}. */
    public static List<Finding> check(Roster roster, TermsPolicy policy, LocalDate asOf) {
        TermCheck c = TermCheck.of(roster, policy, asOf);
        List<Finding> findings = new ArrayList<>();
        for (TermRule rule : RULES) {
            rule.check(c, findings);
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
