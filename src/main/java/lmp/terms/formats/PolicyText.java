package lmp.terms.formats;

import lmp.roster.Role;
import lmp.terms.Lmrda;
import lmp.terms.PeriodText;
import lmp.terms.RolePolicy;
import lmp.terms.TermsPolicy;

/** The effective policy in words, each value with its source, for {@code lmp terms policy}. */
public final class PolicyText {
    private PolicyText() {
    }

    public static String text(TermsPolicy policy) {
        StringBuilder sb = new StringBuilder();
        sb.append("Role policy: ").append(policy.name()).append('\n');
        sb.append("Which law applies: LMRDA Title IV governs the election of union officers (").append(Lmrda.OFFICER_SOURCE)
                .append(");\n  for a role marked lmrda_officer its rules are legal requirements (an election at least every ")
                .append(Lmrda.CAP.getYears()).append(" years, ").append(Lmrda.CAP_SOURCE).append("; notice ").append(Lmrda.NOTICE_DAYS)
                .append(" days before, ").append(Lmrda.NOTICE_SOURCE).append(");\n")
                .append("  for the other elected roles lmp applies them as ").append(Lmrda.BEST_PRACTICE)
                .append(", and the policy may relax them.\n")
                .append("Good standing: dues paid through the day judged less ")
                .append(PeriodText.words(policy.goodStanding().duesGrace())).append("  [").append(policy.goodStanding().source())
                .append("; ").append(lmp.terms.GoodStanding.SOURCE).append("]\n");
        for (Role r : Role.values()) {
            RolePolicy p = policy.of(r);
            sb.append("\n").append(r.id()).append(" (scope: ").append(r.scopeKind().words()).append(")\n");
            line(sb, "law", p.lmrdaOfficer() ? "LMRDA officer: Title IV rules are legal requirements"
                    : "not an LMRDA officer: Title IV rules are " + Lmrda.BEST_PRACTICE, p.source(RolePolicy.LMRDA_OFFICER));
            line(sb, "term", p.term().map(t -> PeriodText.words(t) + (p.termIsTypical() ? " (typical)" : " (maximum)"))
                    .orElse("none") + (p.threeYearLimit() ? "; election at least every 3 years (" + Lmrda.label(p.lmrdaOfficer()) + ")" : ""),
                    p.source(RolePolicy.TERM));
            line(sb, "re-election", !p.reElection() ? "not allowed"
                    : "allowed" + p.maxConsecutiveTerms().map(n -> ", at most " + n + " consecutive terms").orElse(", no limit"),
                    p.source(p.reElection() ? RolePolicy.MAX_CONSECUTIVE_TERMS : RolePolicy.RE_ELECTION));
            line(sb, "credential", p.credential().words(), p.source(RolePolicy.CREDENTIAL));
            if (!p.gracePeriod().isZero()) {
                line(sb, "grace period", PeriodText.words(p.gracePeriod()) + " after taking office", p.source(RolePolicy.GRACE_PERIOD));
            }
            line(sb, "filled by", p.filledBy().id(), p.source(RolePolicy.FILLED_BY));
            line(sb, "release time", p.releaseTime().words(), p.source(RolePolicy.RELEASE_TIME));
            line(sb, "holders", p.holdersPerScope() == 0 ? "no limit per " + r.scopeKind().words()
                    : "at most " + p.holdersPerScope() + " per " + (r.seatsPerLocal() ? "local and " : "") + r.scopeKind().words(),
                    p.source(RolePolicy.HOLDERS_PER_SCOPE));
            line(sb, "vacancy", p.mustBeFilled() ? "reported when no one holds it" : "not reported",
                    p.source(RolePolicy.MUST_BE_FILLED));
            if (p.isElected()) {
                line(sb, "holdover", p.holdover() ? "the holder stays until a successor is chosen" : "none: the seat is filled by the end of the term",
                        p.source(RolePolicy.HOLDOVER));
                line(sb, "members on leave", p.onLeaveVotes() ? "vote when in good standing" : "do not vote",
                        p.source(RolePolicy.ON_LEAVE_VOTES));
                line(sb, "unopposed", p.unopposedDeclaredElected() ? "declared elected without a ballot (29 CFR 452.28)"
                        : "a ballot is held", p.source(RolePolicy.UNOPPOSED));
            }
        }
        for (lmp.terms.TermsPolicy.CustomOffice c : policy.customOffices().values()) {
            sb.append("\ncustom office \"").append(c.name()).append("\"\n");
            line(sb, "law", c.lmrdaOfficer() ? "LMRDA officer" : "not an LMRDA officer", c.source());
            line(sb, "term", c.term().map(PeriodText::words).orElse("none"), c.source());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String what, String value, String source) {
        sb.append("  ").append(what).append(": ").append(value).append("  [").append(source).append("]\n");
    }
}
