package lmp.election;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendar of an election. Every date is optional in the file so that an election can be
 * created before it is planned; {@link Compliance} reports each missing date the law needs.
 *
 * @param eligibility     the day the voter list was drawn from the roster
 * @param nomination      the day nominations close
 * @param noticeMailed    the day the notice of election is mailed to every member
 * @param listInspectionFrom  first day candidates may inspect the membership list (29 CFR 452.71)
 * @param listInspectionUntil last day they may (default: the day before voting opens)
 * @param votingOpens     first day of voting (the "election" for the 15-day notice rule)
 * @param votingCloses    last day of voting
 * @param mailBallot      whether ballots are mailed (29 CFR 452.102)
 * @param ballotsMailed   the day mail ballots are mailed
 * @param returnDeadline  the day mail ballots must be back
 * @param count           the day of the count
 * @param termStarts      the day the winner takes office
 * @param runoffNotice    the day notice of a run-off is mailed (29 CFR 452.30)
 */
public record ElectionDates(
        Optional<LocalDate> eligibility,
        Optional<LocalDate> nomination,
        Optional<LocalDate> noticeMailed,
        Optional<LocalDate> listInspectionFrom,
        Optional<LocalDate> listInspectionUntil,
        Optional<LocalDate> votingOpens,
        Optional<LocalDate> votingCloses,
        boolean mailBallot,
        Optional<LocalDate> ballotsMailed,
        Optional<LocalDate> returnDeadline,
        Optional<LocalDate> count,
        Optional<LocalDate> termStarts,
        Optional<LocalDate> runoffNotice) {

    public ElectionDates {
        Objects.requireNonNull(eligibility);
        Objects.requireNonNull(nomination);
        Objects.requireNonNull(noticeMailed);
        Objects.requireNonNull(listInspectionFrom);
        Objects.requireNonNull(listInspectionUntil);
        Objects.requireNonNull(votingOpens);
        Objects.requireNonNull(votingCloses);
        Objects.requireNonNull(ballotsMailed);
        Objects.requireNonNull(returnDeadline);
        Objects.requireNonNull(count);
        Objects.requireNonNull(termStarts);
        Objects.requireNonNull(runoffNotice);
    }

    public static ElectionDates none() {
        return new ElectionDates(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The day the election is held: the return deadline for a mail ballot, otherwise the first day of voting. */
    public Optional<LocalDate> electionDay() {
        return mailBallot ? returnDeadline.or(() -> votingOpens) : votingOpens;
    }

    /** The last day ballots can be cast: the return deadline by mail, otherwise the last day of voting. */
    public Optional<LocalDate> lastVotingDay() {
        return mailBallot ? returnDeadline.or(() -> votingCloses) : votingCloses.or(() -> votingOpens);
    }

    /** The day records are counted from for retention: the count, or the last voting day. */
    public Optional<LocalDate> countDay() {
        return count.or(this::lastVotingDay);
    }
}
