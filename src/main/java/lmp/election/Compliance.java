package lmp.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lmp.election.CheckItem.Status;
import lmp.roster.HowChosen;
import lmp.roster.Member;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;

/**
 * The compliance checklist of an election, judged on a day. Each rule is one method, named after
 * it, quoting its source. A date the law needs that is not in the file yet is DUE while it can
 * still be met and FAIL once it cannot. Every Title IV line is cited as a "legal requirement" when
 * the office is an LMRDA officer's (LMRDA 3(n); 29 CFR 452.17) and as "best practice (LMRDA
 * standard)" otherwise ({@link TermOfOffice#law}); lines that rest on the role policy cite it.
 */
public final class Compliance {
    /** LMRDA 401(e); 29 CFR 452.99-.102: notice mailed not later than 15 days before the election. */
    public static final int NOTICE_DAYS = 15;
    /** 29 CFR 452.71-452.72: candidates may inspect the membership list within the 30 days before the election (mail: before the ballots are mailed). */
    public static final int LIST_INSPECTION_DAYS = 30;
    /** LMRDA 401(b); 29 CFR 452.23: local officers elected at least once every three years. */
    public static final int MAX_YEARS_BETWEEN_ELECTIONS = 3;
    /** 29 CFR 452.106: ballots and election records kept for one year. */
    public static final int RECORD_YEARS = 1;

    private static final String NOTICE = "LMRDA 401(e); 29 CFR 452.99-452.102";
    private static final String MAIL = "LMRDA 401(e); 29 CFR 452.102";
    private static final String LIST = "LMRDA 401(c); 29 CFR 452.71-452.72";
    private static final String CANDIDATE = "LMRDA 401(e); 29 CFR 452.35-452.38";
    private static final String THREE_YEARS = "LMRDA 401(b); 29 CFR 452.23-452.24";
    private static final String RELEASE_TIME = "LMRDA 401(g); 29 CFR 452.78";
    private static final String OFFICIALS = "LMRDA 401(c) (adequate safeguards); 29 CFR 452.110";
    private static final String UNOPPOSED = "29 CFR 452.28";
    private static final String RUNOFF = "29 CFR 452.30";
    private static final String RECORDS = "LMRDA 401(e); 29 CFR 452.106";
    private static final String ROSTER = "29 CFR 452.97 (voters in good standing)";
    private static final String SECRECY = "LMRDA 401(b); 29 CFR 452.97 (secret ballot)";

    private Compliance() {
    }

    /**
     * The checklist for {@code election} on {@code asOf}, with the roster it is judged against and
     * that roster's current SHA-256 (compared with the one recorded when the election was created).
     */
    public static List<CheckItem> check(Election election, Roster roster, String rosterSha256, LocalDate asOf) {
        return check(election, roster, rosterSha256, asOf, TermOfOffice.defaults());
    }

    /** The checklist under a union's role policy (terms, credentials, grace periods). */
    public static List<CheckItem> check(Election election, Roster roster, String rosterSha256, LocalDate asOf, TermOfOffice terms) {
        List<CheckItem> items = new ArrayList<>();
        ElectionDates d = election.dates();
        items.add(calendarOrder(d));
        items.add(d.mailBallot() ? mailBallotsSentInTime(d, asOf) : noticeInTime(d, asOf));
        items.add(listInspectionWindow(d, election.office().listInspectionOnRequest(), asOf));
        items.addAll(candidatesEligible(election, roster, asOf, terms));
        items.addAll(candidatesOnReleaseTime(election, roster, terms));
        items.addAll(officialsWhoAreCandidates(election));
        items.add(unopposed(election, terms));
        items.add(atMostThreeYearsSinceLastElection(election, roster, terms));
        items.add(runoffNotice(election, asOf));
        items.add(recordsKeptOneYear(election));
        items.add(rosterUnchanged(election, rosterSha256));
        items.add(votersListed(election));
        items.add(reasonsNameNoVoter(election, roster));
        return List.copyOf(labelled(items, election.office(), terms));
    }

    /** Title IV lines cite the law model of the office: legal requirement for an officer, best practice otherwise. */
    private static List<CheckItem> labelled(List<CheckItem> items, Office office, TermOfOffice terms) {
        List<CheckItem> out = new ArrayList<>(items.size());
        for (CheckItem i : items) {
            boolean titleIv = i.source().startsWith("LMRDA") || i.source().startsWith("29 CFR");
            out.add(titleIv ? new CheckItem(i.rule(), i.status(), i.date(), i.message(), terms.law(office, i.source())) : i);
        }
        return out;
    }

    static CheckItem calendarOrder(ElectionDates d) {
        List<String> wrong = new ArrayList<>();
        before(d.nomination(), "nomination", d.votingOpens(), "voting_opens", wrong);
        before(d.noticeMailed(), "notice_mailed", d.votingOpens(), "voting_opens", wrong);
        notAfter(d.votingOpens(), "voting_opens", d.votingCloses(), "voting_closes", wrong);
        notAfter(d.votingCloses(), "voting_closes", d.count(), "count", wrong);
        notAfter(d.ballotsMailed(), "ballots_mailed", d.returnDeadline(), "return_deadline", wrong);
        notAfter(d.count(), "count", d.termStarts(), "term_starts", wrong);
        if (d.votingOpens().isEmpty() && !d.mailBallot()) {
            return new CheckItem("calendar", Status.FAIL, Optional.empty(),
                    "no voting date; set dates.voting_opens (and voting_closes)", NOTICE);
        }
        if (!wrong.isEmpty()) {
            return new CheckItem("calendar", Status.FAIL, Optional.empty(), "dates out of order: " + String.join("; ", wrong),
                    NOTICE);
        }
        return new CheckItem("calendar", Status.PASS, d.electionDay(), "dates are in order", NOTICE);
    }

    private static void before(Optional<LocalDate> a, String an, Optional<LocalDate> b, String bn, List<String> wrong) {
        if (a.isPresent() && b.isPresent() && !a.get().isBefore(b.get())) wrong.add(an + " " + a.get() + " is not before " + bn + " " + b.get());
    }

    private static void notAfter(Optional<LocalDate> a, String an, Optional<LocalDate> b, String bn, List<String> wrong) {
        if (a.isPresent() && b.isPresent() && a.get().isAfter(b.get())) wrong.add(an + " " + a.get() + " is after " + bn + " " + b.get());
    }

    /** Notice mailed to every member not later than 15 days before the election (452.99-.101). */
    static CheckItem noticeInTime(ElectionDates d, LocalDate asOf) {
        if (d.votingOpens().isEmpty()) {
            return new CheckItem("notice", Status.FAIL, Optional.empty(), "no voting date to time the notice from; set dates.voting_opens", NOTICE);
        }
        LocalDate latest = d.votingOpens().get().minusDays(NOTICE_DAYS);
        String rule = "notice of election mailed to every member at least " + NOTICE_DAYS + " days before voting opens ("
                + d.votingOpens().get() + "), so by " + latest;
        return deadline("notice", d.noticeMailed(), "dates.notice_mailed", latest, rule, asOf, NOTICE);
    }

    /** Mail ballot: ballots (with the notice) mailed at least 15 days before the return deadline (452.102). */
    static CheckItem mailBallotsSentInTime(ElectionDates d, LocalDate asOf) {
        if (d.returnDeadline().isEmpty()) {
            return new CheckItem("notice", Status.FAIL, Optional.empty(), "mail ballot without a return deadline; set dates.return_deadline", MAIL);
        }
        LocalDate latest = d.returnDeadline().get().minusDays(NOTICE_DAYS);
        String rule = "mail ballots sent at least " + NOTICE_DAYS + " days before the return deadline ("
                + d.returnDeadline().get() + "), so by " + latest;
        return deadline("notice", d.ballotsMailed(), "dates.ballots_mailed", latest, rule, asOf, MAIL);
    }

    /** A thing that must happen by {@code latest}: PASS when done (or planned) in time, DUE while still possible. */
    private static CheckItem deadline(String rule, Optional<LocalDate> done, String key, LocalDate latest, String words,
                                      LocalDate asOf, String source) {
        if (done.isPresent()) {
            boolean ok = !done.get().isAfter(latest);
            return new CheckItem(rule, ok ? Status.PASS : Status.FAIL, done, words + (ok ? "; set for " : "; but set for ")
                    + done.get() + (ok ? "" : ", " + daysBetween(latest, done.get()) + " day(s) late"), source);
        }
        if (asOf.isAfter(latest)) {
            return new CheckItem(rule, Status.FAIL, Optional.of(latest), words + "; not recorded and now too late (set " + key + ")", source);
        }
        return new CheckItem(rule, Status.DUE, Optional.of(latest), words + "; not yet recorded (set " + key + ")", source);
    }

    private static long daysBetween(LocalDate a, LocalDate b) {
        return java.time.temporal.ChronoUnit.DAYS.between(a, b);
    }

    /**
     * The membership list (29 CFR 452.71-452.72): candidates may inspect it at their option any time
     * within the 30 days before the election, and for a mail ballot within the 30 days before the
     * ballots are mailed (offering it only after the ballots went out is unreasonable, 452.72). So the
     * list must be open for the whole period [E - 30, E - 1], E being the day ballots are mailed (mail)
     * or voting opens (in person), unless the dates recorded are the ones a candidate asked for
     * ({@code office.list_inspection_on_request}); then at least one of them must fall in the period.
     * Voting 2026-11-04: the period is 2026-10-05 to 2026-11-03.
     */
    static CheckItem listInspectionWindow(ElectionDates d, boolean onRequest, LocalDate asOf) {
        Optional<LocalDate> e = d.mailBallot() ? d.ballotsMailed() : d.votingOpens();
        if (e.isEmpty()) {
            return new CheckItem("list-inspection", Status.FAIL, Optional.empty(), "no " + (d.mailBallot()
                    ? "dates.ballots_mailed" : "dates.voting_opens") + " to time the list inspection from", LIST);
        }
        LocalDate first = e.get().minusDays(LIST_INSPECTION_DAYS);
        LocalDate last = e.get().minusDays(1);
        String words = "candidates may inspect the membership list at their option any time within the " + LIST_INSPECTION_DAYS
                + " days before " + (d.mailBallot() ? "the ballots are mailed (" : "the election (") + e.get() + "): "
                + first + " to " + last;
        if (d.listInspectionFrom().isEmpty()) {
            LocalDate latest = onRequest ? last : first;
            if (asOf.isAfter(latest)) {
                return new CheckItem("list-inspection", Status.FAIL, Optional.of(latest), words
                        + "; no inspection was offered (set dates.list_inspection_from)", LIST);
            }
            return new CheckItem("list-inspection", Status.DUE, Optional.of(latest), words + "; not yet scheduled: open it by "
                    + latest + " (set dates.list_inspection_from)", LIST);
        }
        LocalDate from = d.listInspectionFrom().get();
        LocalDate until = d.listInspectionUntil().orElse(last);
        String offered = "; list available " + from + " to " + until;
        if (from.isAfter(until)) {
            return new CheckItem("list-inspection", Status.FAIL, Optional.of(from), words + offered + ", which is no day at all", LIST);
        }
        if (onRequest) {
            boolean inPeriod = !from.isAfter(last) && !until.isBefore(first);
            return new CheckItem("list-inspection", inPeriod ? Status.PASS : Status.FAIL, Optional.of(from), words + offered
                    + (inPeriod ? ", the days the candidates asked for" : ", outside that period"
                    + (from.isAfter(last) && d.mailBallot() ? " (after the ballots were mailed)" : "")), LIST);
        }
        boolean whole = !from.isAfter(first) && !until.isBefore(last);
        return new CheckItem("list-inspection", whole ? Status.PASS : Status.FAIL, Optional.of(first), words + offered
                + (whole ? ", the whole period" : "; it must be open the whole period, unless the candidates asked for"
                + " particular days (record that with office.list_inspection_on_request: true)"), LIST);
    }

    /** Every candidate: on the roster, of the office's electorate, active, in good standing, with the office's credentials. */
    static List<CheckItem> candidatesEligible(Election e, Roster roster, LocalDate asOf, TermOfOffice terms) {
        List<CheckItem> items = new ArrayList<>();
        Office office = e.office();
        int seats = e.count().seats();
        if (e.count().standing().size() < seats) {
            Optional<LocalDate> closes = e.dates().nomination();
            boolean stillOpen = closes.map(c -> !asOf.isAfter(c)).orElse(true);
            items.add(new CheckItem("candidates", stillOpen ? Status.DUE : Status.FAIL, closes,
                    e.count().standing().size() + " candidate(s) standing for " + seats + " seat(s)"
                            + (stillOpen ? "; nominations still open" : "; add candidates or reduce seats"), CANDIDATE));
        }
        for (String name : e.count().candidates()) {
            if (office.candidateNamed(name).isEmpty()) {
                items.add(new CheckItem("candidates", Status.FAIL, Optional.empty(), "candidate '" + name
                        + "' has no member id; add it under office.candidates (id and name)", CANDIDATE));
            }
        }
        for (Candidate c : office.candidates()) {
            items.add(candidateEligible(e, roster, c, asOf, terms));
        }
        return items;
    }

    public static CheckItem candidateEligible(Election e, Roster roster, Candidate c, LocalDate asOf, TermOfOffice terms) {
        String who = c.name() + " (" + c.memberId() + ")";
        Optional<Member> found = roster.member(c.memberId());
        if (found.isEmpty()) {
            return new CheckItem("candidates", Status.FAIL, Optional.empty(), who + " is not on the roster", CANDIDATE);
        }
        Member m = found.get();
        Office office = e.office();
        if (!e.count().candidates().contains(c.name())) {
            return new CheckItem("candidates", Status.FAIL, Optional.empty(), who + " is in office.candidates but not in candidates", CANDIDATE);
        }
        if (!Eligibility.inScope(roster, office, m, asOf)) {
            return new CheckItem("candidates", Status.FAIL, Optional.empty(), who + " is not a member of " + office.scope()
                    + office.local().map(l -> " in " + l).orElse(""), CANDIDATE);
        }
        if (!m.isActive() && !(m.isOnLeave() && terms.onLeaveVotes(office))) {
            return new CheckItem("candidates", Status.FAIL, Optional.empty(), who + " is " + m.status().id() + ", not active", CANDIDATE);
        }
        if (!terms.policy().goodStanding().test(m, asOf)) {
            return new CheckItem("candidates", Status.FAIL, Optional.empty(), who + " is not in good standing: "
                    + terms.policy().goodStanding().why(m, asOf), CANDIDATE);
        }
        if (office.kind().role().filter(terms::requiresSteward).isPresent()) {
            return isOrBecomesSteward(e, c, m, asOf, terms);
        }
        return new CheckItem("candidates", Status.PASS, Optional.empty(), who + " is eligible" + (m.isOnLeave() ? " (on leave, in good standing)" : ""),
                CANDIDATE);
    }

    /**
     * A UBT co-lead must be a steward, or become one within six months of taking office (the role
     * policy's grace period), by the rule shared with terms check ({@link lmp.terms.StewardDeadline}):
     * the deadline day itself is in time.
     */
    static CheckItem isOrBecomesSteward(Election e, Candidate c, Member m, LocalDate asOf, TermOfOffice terms) {
        String who = c.name() + " (" + c.memberId() + ")";
        if (m.isStewardOn(asOf)) {
            return new CheckItem("candidates", Status.PASS, Optional.empty(), who + " is eligible and a steward", CANDIDATE);
        }
        Optional<LocalDate> starts = e.dates().termStarts();
        if (starts.isEmpty()) {
            return new CheckItem("candidates", Status.FAIL, Optional.empty(), who + " is not a steward and the steward deadline "
                    + "cannot be set: set dates.term_starts", CANDIDATE);
        }
        LocalDate deadline = terms.stewardDeadline(e.office().kind().role().orElseThrow(), starts.get());
        lmp.terms.StewardDeadline.Status status = lmp.terms.StewardDeadline.status(m.steward().map(s -> s.since()), deadline, asOf);
        if (status == lmp.terms.StewardDeadline.Status.MET) {
            return new CheckItem("candidates", Status.PASS, Optional.of(deadline), who + " is eligible; steward from "
                    + m.steward().get().since() + ", within the grace period after taking office (" + deadline + ")", CANDIDATE);
        }
        if (status != lmp.terms.StewardDeadline.Status.DUE) {
            return new CheckItem("candidates", Status.FAIL, Optional.of(deadline), who + " is not a steward by " + deadline
                    + ", the end of the grace period after taking office on " + starts.get(), CANDIDATE);
        }
        return new CheckItem("candidates", Status.DUE, Optional.of(deadline), who + " is eligible but not a steward; "
                + "must become one by " + deadline + " (grace period after taking office on " + starts.get() + ")", CANDIDATE);
    }

    /**
     * No more than three years since the office was last filled by election, measured from the date of
     * that election (LMRDA 401(b); 29 CFR 452.24), which certify records as the assignment's
     * {@code elected_on}. An assignment without it is measured from its term's start, and the line says
     * so. Elected 2026-11-05: an election ending 2029-11-05 passes, 2029-11-06 fails. Skipped when the
     * policy relaxes the limit for a partnership role (a term longer than 3 years).
     */
    static CheckItem atMostThreeYearsSinceLastElection(Election e, Roster roster, TermOfOffice terms) {
        if (e.office().kind().role().isEmpty()) {
            return new CheckItem("three-years", Status.INFO, Optional.empty(), "custom office: no role history on the roster", THREE_YEARS);
        }
        lmp.roster.Role role = e.office().kind().role().get();
        if (!terms.policy().of(role).threeYearLimit()) {
            return new CheckItem("three-years", Status.INFO, Optional.empty(), "the role policy gives " + role.id()
                    + " a term longer than 3 years; the best-practice limit is relaxed", terms.policy().of(role).source(lmp.terms.RolePolicy.TERM));
        }
        Optional<RoleAssignment> lastTerm = roster.roles().stream()
                .filter(r -> r.role() == role && r.scope().equals(e.office().scope()) && r.chosen() == HowChosen.ELECTED)
                .filter(r -> e.office().local().map(l -> roster.member(r.memberId()).map(m -> m.local().equals(l)).orElse(false)).orElse(true))
                .max(Comparator.comparing(RoleAssignment::electionDate));
        if (lastTerm.isEmpty()) {
            return new CheckItem("three-years", Status.INFO, Optional.empty(), "no earlier election for this office on the roster", THREE_YEARS);
        }
        LocalDate last = lastTerm.get().electionDate();
        String when = lastTerm.get().electedOn().isPresent() ? "last elected on " + last
                : "last elected by " + last + " (no elected_on recorded; measured from the term's start)";
        Optional<LocalDate> day = e.dates().lastVotingDay();
        LocalDate limit = lmp.terms.Lmrda.nextElectionBy(last);
        if (day.isEmpty()) {
            return new CheckItem("three-years", Status.FAIL, Optional.of(limit), "no voting date; the office was " + when
                    + " and must be filled again by " + limit, THREE_YEARS);
        }
        boolean ok = !day.get().isAfter(limit);
        return new CheckItem("three-years", ok ? Status.PASS : Status.FAIL, Optional.of(limit), "office " + when
                + "; this election ends " + day.get() + (ok ? ", within " : ", more than ") + MAX_YEARS_BETWEEN_ELECTIONS
                + " years later (limit " + limit + ")", THREE_YEARS);
    }

    /**
     * Campaigning on employer-paid time is an employer contribution to the election (LMRDA 401(g);
     * 29 CFR 452.78): a candidate who holds a role on release time paid by the employer on the voting
     * day (a co-lead's monthly shift, a labor partner's full release) is warned not to campaign on it.
     */
    static List<CheckItem> candidatesOnReleaseTime(Election e, Roster roster, TermOfOffice terms) {
        List<CheckItem> items = new ArrayList<>();
        LocalDate day = e.dates().votingOpens().or(() -> e.dates().ballotsMailed()).or(() -> e.dates().eligibility()).orElse(null);
        if (day == null) return items;
        for (Candidate c : e.office().candidates()) {
            for (RoleAssignment a : roster.assignmentsOf(c.memberId())) {
                lmp.terms.ReleaseTime rt = terms.policy().of(a.role()).releaseTime();
                if (!a.isHeldOn(day) || rt.basis() == lmp.terms.ReleaseTime.Basis.NONE || !rt.paidBy().equalsIgnoreCase("Kaiser")) continue;
                items.add(new CheckItem("release-time", Status.WARN, Optional.of(day), c.name() + " (" + c.memberId() + ") is "
                        + a.role().id() + " of " + a.scope() + " on release time: " + rt.words()
                        + "; campaigning on that time is employer money in the election: campaign off release time", RELEASE_TIME));
            }
        }
        return items;
    }

    /** An election official (teller, judge, committee member) who is also a candidate is a warning (adequate safeguards). */
    static List<CheckItem> officialsWhoAreCandidates(Election e) {
        List<CheckItem> items = new ArrayList<>();
        for (Candidate c : e.office().candidates()) {
            if (e.office().officials().contains(c.memberId())) {
                items.add(new CheckItem("officials", Status.WARN, Optional.empty(), c.name() + " (" + c.memberId()
                        + ") is both a candidate and an election official; name another official", OFFICIALS));
            }
        }
        return items;
    }

    /**
     * Unopposed candidates (29 CFR 452.28): when no more candidates stand than there are seats, nominations
     * were open, write-ins are not allowed and the role policy allows it ({@code unopposed_declared_elected}),
     * they may be declared elected without a ballot.
     */
    /** True when the candidates are declared elected without a ballot (see {@link #unopposed}): no ballot is printed. */
    public static boolean declaredElectedUnopposed(Election e, TermOfOffice terms) {
        return unopposed(e, terms).status() == Status.PASS;
    }

    static CheckItem unopposed(Election e, TermOfOffice terms) {
        int standing = e.count().standing().size();
        if (standing == 0 || standing > e.count().seats()) {
            return new CheckItem("unopposed", Status.INFO, Optional.empty(), standing + " candidate(s) for " + e.count().seats()
                    + " seat(s): a contested election", UNOPPOSED);
        }
        boolean writeIns = Boolean.parseBoolean(e.count().rules().getOrDefault("write_ins", "false"));
        boolean allowed = terms.unopposedDeclaredElected(e.office());
        if (writeIns) {
            return new CheckItem("unopposed", Status.INFO, Optional.empty(), "unopposed, but write-ins are allowed, so the "
                    + "ballot is still held", UNOPPOSED);
        }
        if (!allowed) {
            return new CheckItem("unopposed", Status.INFO, Optional.empty(), "unopposed; the role policy does not declare unopposed "
                    + "candidates elected, so the ballot is held (" + terms.unopposedSource(e.office()) + ")", UNOPPOSED);
        }
        return new CheckItem("unopposed", Status.PASS, Optional.empty(), "unopposed: may be declared elected without a ballot "
                + "(nominations open, no write-ins; " + terms.unopposedSource(e.office()) + ")", UNOPPOSED);
    }

    /** A run-off needs its own notice unless the original notice announced it (452.30). */
    static CheckItem runoffNotice(Election e, LocalDate asOf) {
        if (e.runoffDate().isEmpty()) {
            return new CheckItem("runoff-notice", Status.INFO, Optional.empty(), "no run-off scheduled"
                    + (e.noticeAnnouncesRunoff() ? "; the notice announces any run-off" : "; a run-off would need its own notice "
                    + NOTICE_DAYS + " days ahead unless the notice announces it"), RUNOFF);
        }
        if (e.noticeAnnouncesRunoff()) {
            return new CheckItem("runoff-notice", Status.PASS, e.runoffDate(), "run-off on " + e.runoffDate().get()
                    + " was announced in the notice of election", RUNOFF);
        }
        LocalDate latest = e.runoffDate().get().minusDays(NOTICE_DAYS);
        return deadline("runoff-notice", e.dates().runoffNotice(), "dates.runoff_notice", latest,
                "notice of the run-off on " + e.runoffDate().get() + " mailed at least " + NOTICE_DAYS + " days before, so by " + latest,
                asOf, RUNOFF);
    }

    /** Ballots and records kept for one year after the count (452.106). */
    static CheckItem recordsKeptOneYear(Election e) {
        Optional<LocalDate> count = e.dates().countDay();
        if (count.isEmpty()) {
            return new CheckItem("records", Status.FAIL, Optional.empty(), "no count date to keep records from; set dates.count", RECORDS);
        }
        LocalDate required = count.get().plusYears(RECORD_YEARS);
        String words = "ballots and records kept until at least " + required + ", one year after the count on " + count.get();
        if (e.keepRecordsUntil().isEmpty()) {
            return new CheckItem("records", Status.FAIL, Optional.of(required), words + "; set records.keep_until", RECORDS);
        }
        boolean ok = !e.keepRecordsUntil().get().isBefore(required);
        return new CheckItem("records", ok ? Status.PASS : Status.FAIL, Optional.of(required), words + "; kept until "
                + e.keepRecordsUntil().get() + (ok ? "" : ", too short"), RECORDS);
    }

    /** The roster has not changed since the voter list was drawn. */
    static CheckItem rosterUnchanged(Election e, String currentSha256) {
        if (e.roster().isEmpty()) {
            return new CheckItem("roster", Status.FAIL, Optional.empty(), "no roster SHA-256 recorded; recreate with 'lmp election new'", ROSTER);
        }
        boolean same = e.roster().get().sha256().equalsIgnoreCase(currentSha256);
        return new CheckItem("roster", same ? Status.PASS : Status.FAIL, e.dates().eligibility(), same
                ? "roster unchanged since the voter list was drawn (SHA-256 " + currentSha256.substring(0, 12) + "...)"
                : "roster changed since the voter list was drawn (SHA-256 was " + e.roster().get().sha256().substring(0, Math.min(12, e.roster().get().sha256().length()))
                + "..., now " + currentSha256.substring(0, 12) + "...); review the voter list or recreate the election", ROSTER);
    }

    /** Reasons recorded beside challenged and spoiled ballots name no voter (29 CFR 452.97). */
    static CheckItem reasonsNameNoVoter(Election e, Roster roster) {
        List<String> named = new ArrayList<>();
        for (Challenge c : e.challenged()) {
            List<String> who = Secrecy.votersNamedIn(c.reason(), e.voters(), roster);
            if (!who.isEmpty()) named.add("a challenge reason names " + String.join(", ", who));
        }
        for (SpoiledBallot s : e.spoiled()) {
            List<String> who = Secrecy.votersNamedIn(s.reason(), e.voters(), roster);
            if (!who.isEmpty()) named.add("a spoiled-ballot reason names " + String.join(", ", who));
        }
        return named.isEmpty()
                ? new CheckItem("secrecy", Status.PASS, Optional.empty(), "no reason recorded beside a ballot names a voter", SECRECY)
                : new CheckItem("secrecy", Status.FAIL, Optional.empty(), String.join("; ", named)
                        + "; keep the voter's identity on the envelope only", SECRECY);
    }

    static CheckItem votersListed(Election e) {
        return e.voters().isEmpty()
                ? new CheckItem("voters", Status.FAIL, Optional.empty(), "no eligible voters listed", ROSTER)
                : new CheckItem("voters", Status.PASS, e.dates().eligibility(), e.voters().size() + " eligible voter(s) listed", ROSTER);
    }
}
