package lmp.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.roster.HowChosen;
import lmp.roster.Member;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;

/**
 * Certifying a result: each winner becomes a role assignment on the roster, from the day the term
 * starts for the term the role policy sets (UBT co-lead: 2 years, anniversary to anniversary), with
 * the day of the election recorded as {@code elected_on} (the next election is due within 3 years
 * of it, 29 CFR 452.24) and the steward deadline noted when a co-lead is not yet a steward. A role
 * with no term in the policy (by default the steward-council chair, whose term the bylaws set) is
 * refused: the union's policy must give the term. A predecessor's assignment that would overlap the
 * new term in a one-holder seat is ended the day before. Certifying twice adds nothing.
 */
public final class Certification {

    /** A certified winner. {@code end} and {@code stewardDeadline} are empty when they do not apply. */
    public record Winner(String name, String memberId, LocalDate start, Optional<LocalDate> end, Optional<LocalDate> stewardDeadline) {
        public Winner {
            Objects.requireNonNull(name);
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            Objects.requireNonNull(stewardDeadline);
        }
    }

    /** The outcome: the winners with their terms, the updated roster, notes for the user, and problems that stop it. */
    public record Outcome(List<Winner> winners, Roster roster, List<String> notes, List<Problem> problems, boolean rosterChanged) {
        public Outcome {
            winners = List.copyOf(winners);
            notes = List.copyOf(notes);
            problems = List.copyOf(problems);
        }
    }

    private Certification() {
    }

    /**
     * The first note of every certificate: which law governed this election, so that a member or the
     * Department of Labor reading it knows whether its Title IV rules were legal requirements (a union
     * officer, LMRDA 3(n); 29 CFR 452.17) or standards applied as best practice (a partnership role,
     * 452.19-.21), and from which role policy that comes.
     */
    static String whichLawApplies(Office o, TermOfOffice terms) {
        return terms.lmrdaOfficer(o)
                ? "which law applies: a union officer election under LMRDA Title IV (29 U.S.C. 481; 29 CFR part 452); its "
                        + "rules were applied as legal requirements (" + terms.lawSource(o) + ")"
                : "which law applies: not a union officer under LMRDA 3(n) (29 CFR 452.17-.21), so Title IV does not govern "
                        + "this election; its standards were applied as best practice (" + terms.lawSource(o) + ")";
    }

    public static Outcome certify(Election e, Roster roster, List<String> winnerNames, Location at, TermOfOffice terms) {
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add(whichLawApplies(e.office(), terms));
        List<Winner> winners = new ArrayList<>();
        Optional<LocalDate> start = e.dates().termStarts();
        if (start.isEmpty()) {
            problems.add(Problem.error(at, "the election file has no dates.term_starts; set the day the winner takes office"));
        }
        if (winnerNames.isEmpty()) {
            problems.add(Problem.error(at, "the tally elected nobody (an unresolved tie?); resolve it before certifying"));
        }
        Optional<Role> role = e.office().kind().role();
        if (role.isPresent() && terms.term(e.office()).isEmpty()) {
            problems.add(Problem.error(at, "the role policy gives " + role.get().id() + " no term ("
                    + terms.termSource(e.office()) + "); give the bylaws' term in the union's policy file "
                    + "(roles: {" + role.get().id() + ": {term: 2y}}) and certify with --policy"));
        }
        Optional<LocalDate> electedOn = e.dates().lastVotingDay().or(() -> e.dates().count());
        if (electedOn.isPresent() && start.isPresent() && electedOn.get().isAfter(start.get())) {
            problems.add(Problem.error(at, "dates.term_starts (" + start.get() + ") is before the election ends (" + electedOn.get()
                    + "); the term starts after the election"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), roster, notes, problems, false);
        }
        List<RoleAssignment> roles = new ArrayList<>(roster.roles());
        boolean changed = false;
        for (String name : winnerNames) {
            Optional<Candidate> c = e.office().candidateNamed(name);
            if (c.isEmpty()) {
                problems.add(Problem.error(at, "winner '" + name + "' has no member id; add it to office.candidates (id and name)"));
                continue;
            }
            Optional<Member> m = roster.member(c.get().memberId());
            if (m.isEmpty()) {
                problems.add(Problem.error(at, "winner " + name + " (" + c.get().memberId() + ") is not on the roster"));
                continue;
            }
            if (start.isEmpty()) continue;
            Optional<LocalDate> end = terms.end(e.office(), start.get());
            Optional<LocalDate> stewardDeadline = Optional.empty();
            if (role.filter(terms::requiresSteward).isPresent() && !m.get().isStewardOn(start.get())) {
                stewardDeadline = Optional.of(terms.stewardDeadline(role.get(), start.get()));
                notes.add(name + " is not a steward on " + start.get() + " and must become one by " + stewardDeadline.get());
            }
            winners.add(new Winner(name, c.get().memberId(), start.get(), end, stewardDeadline));
            if (role.isEmpty()) {
                notes.add("custom office: no role is written to the roster");
                continue;
            }
            RoleAssignment assignment = new RoleAssignment(c.get().memberId(), role.get(), e.office().scope(), start.get(), end,
                    HowChosen.ELECTED, electedOn, at);
            boolean already = roles.stream().anyMatch(r -> r.memberId().equals(assignment.memberId()) && r.role() == assignment.role()
                    && r.scope().equals(assignment.scope()) && r.start().equals(assignment.start()));
            if (already) {
                notes.add(name + " is already certified as " + role.get().id() + " of " + e.office().scope() + " from " + start.get());
                continue;
            }
            if (role.get().maxHoldersPerScope() == 1) {
                String local = m.get().local();
                for (int i = 0; i < roles.size(); i++) {
                    RoleAssignment r = roles.get(i);
                    boolean sameSeat = !role.get().seatsPerLocal()
                            || roster.member(r.memberId()).map(x -> x.local().equals(local)).orElse(false);
                    if (r.role() == role.get() && r.scope().equals(e.office().scope()) && sameSeat && r.overlaps(assignment)
                            && r.start().isBefore(start.get())) {
                        roles.set(i, r.withEnd(Optional.of(start.get().minusDays(1))));
                        notes.add("the term of " + r.memberId() + " now ends " + start.get().minusDays(1) + ", the day before the new term");
                    }
                }
            }
            roles.add(assignment);
            changed = true;
        }
        if (!winners.isEmpty() && e.count().standing().size() <= e.count().seats() && terms.unopposedDeclaredElected(e.office())
                && !Boolean.parseBoolean(e.count().rules().getOrDefault("write_ins", "false"))) {
            notes.add("declared elected unopposed: no more candidates stood than seats, write-ins were not allowed and the "
                    + "role policy declares unopposed candidates elected (29 CFR 452.28; " + terms.unopposedSource(e.office()) + ")");
        }
        if (winners.size() > e.count().seats()) {
            problems.add(Problem.error(at, winners.size() + " winners for " + e.count().seats() + " seat(s)"));
        }
        Roster updated = Roster.of(roster.name(), roster.ubts(), roster.councils(), roster.members(), roles);
        return new Outcome(winners, updated, notes, problems, changed);
    }
}
