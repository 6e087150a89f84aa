package lmp.bargaining;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statutory dates of a renegotiation, all computed from the agreement's expiry date.
 *
 * <h2>Counting convention</h2>
 * Days are calendar days counted back from the expiry date E, which is day 0 and is not itself
 * counted. A date d lies n days before E when {@code ChronoUnit.DAYS.between(d, E) == n}, i.e.
 * {@code d = E.minusDays(n)}. So:
 * <ul>
 *   <li>"notice n days prior to the expiration date" is served in time on E&minus;n or earlier;</li>
 *   <li>"more than n days" before E means E&minus;(n+1) or earlier; "no more than n days" means
 *       E&minus;n or later;</li>
 *   <li>"not less than ten days prior to" a strike on day D means D&minus;10 or earlier;</li>
 *   <li>weekends and holidays count like any other day, and no date is moved to a business day
 *       (moving a latest-notice date later would make the notice late; the outputs flag weekend
 *       dates so notice can be served on the working day before).</li>
 * </ul>
 * For expiry 2021-09-30 at a health-care institution this gives: other party 2021-07-02 (E&minus;90),
 * FMCS 2021-08-01 (E&minus;60), petitions 2021-06-02 (E&minus;120) to 2021-07-01 (E&minus;91), and
 * notice by 2021-09-21 for a strike on 2021-10-01 (D&minus;10).
 *
 * <h2>Sources</h2>
 * NLRA section 8(d), 29 U.S.C. 158(d): (1) written notice to the other party sixty days before
 * expiry; (3) notice to the Federal Mediation and Conciliation Service (FMCS) and the state or
 * territorial mediation agency within thirty days after that notice, i.e. by thirty days before
 * expiry when notice was served on the last day. For a health-care institution the proviso to 8(d),
 * clause (A), makes the 8(d)(1) notice ninety days and the 8(d)(3) notice sixty days (clause (B),
 * thirty days' notice to the agencies, applies to an initial agreement, not a renewal). Section 8(g),
 * 29 U.S.C. 158(g): ten days' written notice to the institution and FMCS before any strike,
 * picketing or other concerted refusal to work at a health-care institution. The petition window
 * is NLRB contract-bar doctrine: Leonard Wholesale Meats, 136 NLRB 1000 (1962) (more than 60 and
 * no more than 90 days before expiry) and Trinity Lutheran Hospital, 218 NLRB 199 (1975) (more
 * than 90 and no more than 120 days for health-care institutions).
 *
 * <h2>Agreements longer than three years</h2>
 * An agreement bars rival petitions for at most its first three years (General Cable Corp., 139 NLRB
 * 1123 (1962)). When the first day is known and the agreement runs longer than three years, the
 * window above is counted back from the last day of the third year instead of the expiry (as if
 * the agreement expired then), and from the third anniversary on the agreement is no bar: petitions
 * may be filed at any time until it expires. For the 2021-10-01 to 2025-09-30 KP-Alliance agreement
 * (health care): window 2024-06-02 to 2024-07-01, open from 2024-10-01.
 */
public final class StatutoryDeadlines {
    /** A strike or picketing at a health-care institution needs notice this many days before it (8(g)). */
    public static final int STRIKE_NOTICE_DAYS = 10;

    /** The longest term for which an agreement bars rival petitions (General Cable Corp., 139 NLRB 1123 (1962)). */
    public static final java.time.Period CONTRACT_BAR = java.time.Period.ofYears(3);
    public static final String GENERAL_CABLE = "General Cable Corp., 139 NLRB 1123 (1962)";

    private final Optional<LocalDate> start;
    private final LocalDate expires;
    private final boolean healthCare;

    private StatutoryDeadlines(Optional<LocalDate> start, LocalDate expires, boolean healthCare) {
        this.start = start;
        this.expires = expires;
        this.healthCare = healthCare;
    }

    public static StatutoryDeadlines of(LocalDate expires, boolean healthCareInstitution) {
        return new StatutoryDeadlines(Optional.empty(), expires, healthCareInstitution);
    }

    /** With the agreement's first day, so an agreement longer than 3 years gets the General Cable petition periods. */
    public static StatutoryDeadlines of(Optional<LocalDate> start, LocalDate expires, boolean healthCareInstitution) {
        return new StatutoryDeadlines(start, expires, healthCareInstitution);
    }

    public Optional<LocalDate> start() {
        return start;
    }

    /**
     * The last day the agreement bars petitions when it runs longer than 3 years: the day before its
     * third anniversary; empty when the first day is unknown or the agreement is 3 years or shorter.
     */
    public Optional<LocalDate> contractBarEnds() {
        return start.map(s -> s.plus(CONTRACT_BAR).minusDays(1)).filter(end -> end.isBefore(expires));
    }

    public LocalDate expires() {
        return expires;
    }

    public boolean healthCareInstitution() {
        return healthCare;
    }

    /** The day {@code days} calendar days before {@code day}, by the convention above. */
    public static LocalDate daysBefore(LocalDate day, int days) {
        return day.minusDays(days);
    }

    /** How many days {@code date} lies before the expiry (negative when after it). */
    public long daysBeforeExpiry(LocalDate date) {
        return ChronoUnit.DAYS.between(date, expires);
    }

    /**
     * NLRA 8(d)(1), as modified for health-care institutions by 8(d)(A): written notice of the
     * proposed termination or modification to the other party, 90 days before expiry for a
     * health-care institution, 60 otherwise.
     */
    public Deadline noticeToOtherParty() {
        int days = healthCare ? 90 : 60;
        return new Deadline("notice-to-other-party", "Notice to the other party",
                Optional.empty(), daysBefore(expires, days),
                healthCare ? "NLRA 8(d)(1), 8(d)(A)" : "NLRA 8(d)(1)",
                "written notice of proposed termination or modification, served " + days
                        + " days before expiry at the latest");
    }

    /**
     * NLRA 8(d)(3), as modified for health-care institutions by 8(d)(A): notice of the dispute to
     * FMCS and the state agency, 60 days before expiry for a health-care institution, 30 otherwise.
     */
    public Deadline noticeToMediationAgencies() {
        int days = healthCare ? 60 : 30;
        return new Deadline("notice-to-fmcs", "Notice to FMCS and the state agency",
                Optional.empty(), daysBefore(expires, days),
                healthCare ? "NLRA 8(d)(3), 8(d)(A)" : "NLRA 8(d)(3)",
                "notice of the dispute to the Federal Mediation and Conciliation Service and the state mediation agency, "
                        + days + " days before expiry at the latest");
    }

    /**
     * The open period for a decertification or rival-union petition under the NLRB contract-bar
     * rules: no more than 120 and more than 90 days before expiry for a health-care institution
     * (Trinity Lutheran Hospital, 218 NLRB 199 (1975)), no more than 90 and more than 60 otherwise
     * (Leonard Wholesale Meats, 136 NLRB 1000 (1962)). Both ends are included.
     */
    public Deadline petitionWindow() {
        int outer = healthCare ? 120 : 90;
        int inner = healthCare ? 90 : 60;
        String rule = healthCare ? "NLRB contract-bar rule, Trinity Lutheran Hospital, 218 NLRB 199 (1975)"
                : "NLRB contract-bar rule, Leonard Wholesale Meats, 136 NLRB 1000 (1962)";
        Optional<LocalDate> barEnds = contractBarEnds();
        if (barEnds.isPresent()) {
            return new Deadline("petition-window", "Decertification or rival-union petition window (third year)",
                    Optional.of(daysBefore(barEnds.get(), outer)), daysBefore(barEnds.get(), inner + 1),
                    rule + "; " + GENERAL_CABLE,
                    "the agreement runs longer than 3 years and bars petitions only for its first 3 years, to " + barEnds.get()
                            + ": petitions may be filed no more than " + outer + " and more than " + inner + " days before that day");
        }
        return new Deadline("petition-window", "Decertification or rival-union petition window",
                Optional.of(daysBefore(expires, outer)), daysBefore(expires, inner + 1), rule,
                "petitions may be filed no more than " + outer + " and more than " + inner + " days before expiry");
    }

    /**
     * For an agreement longer than 3 years: from its third anniversary to its expiry it is no bar, and
     * petitions may be filed at any time (General Cable Corp., 139 NLRB 1123 (1962)).
     */
    public Optional<Deadline> petitionOpenPeriod() {
        return contractBarEnds().map(barEnds -> new Deadline("petition-open-period",
                "Petitions open (agreement no longer a bar)", Optional.of(barEnds.plusDays(1)), expires, GENERAL_CABLE,
                "an agreement bars petitions for at most 3 years: from its third anniversary (" + barEnds.plusDays(1)
                        + ") petitions may be filed at any time"));
    }

    /**
     * NLRA 8(g): at a health-care institution, written notice to the institution and FMCS not less
     * than ten days before a strike or picketing on {@code strikeDay}; latest day to serve it.
     */
    public static LocalDate latestStrikeNotice(LocalDate strikeDay) {
        return daysBefore(strikeDay, STRIKE_NOTICE_DAYS);
    }

    /** NLRA 8(g) for a strike beginning the day after expiry; empty unless a health-care institution. */
    public Optional<Deadline> strikeNotice() {
        if (!healthCare) {
            return Optional.empty();
        }
        LocalDate strikeDay = expires.plusDays(1);
        return Optional.of(new Deadline("strike-notice", "Strike or picketing notice for " + strikeDay,
                Optional.empty(), latestStrikeNotice(strikeDay), "NLRA 8(g)",
                "written notice to the institution and FMCS " + STRIKE_NOTICE_DAYS
                        + " days before a strike or picketing beginning " + strikeDay + " (the day after expiry)"));
    }

    /** Every deadline, earliest first day first. */
    public List<Deadline> all() {
        List<Deadline> list = new ArrayList<>();
        list.add(petitionWindow());
        petitionOpenPeriod().ifPresent(list::add);
        list.add(noticeToOtherParty());
        list.add(noticeToMediationAgencies());
        strikeNotice().ifPresent(list::add);
        list.sort(java.util.Comparator.comparing(Deadline::firstDay).thenComparing(Deadline::date));
        return List.copyOf(list);
    }
}
