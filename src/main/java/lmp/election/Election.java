package lmp.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An election, as its file records it: the count part shared with the counting engine, and the
 * administration part (office, roster, dates, voters, challenged and spoiled ballots, notice,
 * records, audit log, run-off). Schema: docs/elections.md.
 *
 * @param voters       member ids of the eligible voters, sorted
 * @param roster       the roster the voters and candidates were drawn from, with its SHA-256
 * @param noticeAnnouncesRunoff whether the notice of election announced a run-off (29 CFR 452.30)
 * @param keepRecordsUntil       the day election records may be destroyed (29 CFR 452.106)
 * @param checkoff     the marked voter check-off list (CSV, path relative to the election file)
 * @param auditLog     the audit log (JSON lines, path relative to the election file)
 * @param runoffDate   the day of a run-off, when one is needed
 * @param status       the stage of its life cycle, the lot drawn in public, the head of the audit chain
 */
public record Election(
        CountPart count,
        Office office,
        Optional<RosterRef> roster,
        ElectionDates dates,
        List<String> voters,
        List<Challenge> challenged,
        List<SpoiledBallot> spoiled,
        boolean noticeAnnouncesRunoff,
        Optional<LocalDate> keepRecordsUntil,
        Optional<String> checkoff,
        Optional<String> auditLog,
        Optional<LocalDate> runoffDate,
        ElectionStatus status) {

    /** Where the roster was and what it held when the election was created. */
    public record RosterRef(String path, String sha256) {
        public RosterRef {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public Election {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(dates, "dates");
        voters = List.copyOf(voters);
        challenged = List.copyOf(challenged);
        spoiled = List.copyOf(spoiled);
        Objects.requireNonNull(keepRecordsUntil, "keepRecordsUntil");
        Objects.requireNonNull(checkoff, "checkoff");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(runoffDate, "runoffDate");
        Objects.requireNonNull(status, "status");
    }

    /** The audit log's path relative to the election file: as written, or {@code audit.jsonl}. */
    public String auditLogPath() {
        return auditLog.orElse("audit.jsonl");
    }

    public int spoiledCount() {
        return spoiled.stream().mapToInt(SpoiledBallot::count).sum();
    }

    public Election withCount(CountPart newCount) {
        return new Election(newCount, office, roster, dates, voters, challenged, spoiled, noticeAnnouncesRunoff,
                keepRecordsUntil, checkoff, auditLog, runoffDate, status);
    }

    public Election withStatus(ElectionStatus newStatus) {
        return new Election(count, office, roster, dates, voters, challenged, spoiled, noticeAnnouncesRunoff,
                keepRecordsUntil, checkoff, auditLog, runoffDate, newStatus);
    }

    public Election withIntake(List<String> ballotFiles, List<Challenge> newChallenged, List<SpoiledBallot> newSpoiled,
                               Optional<String> newCheckoff) {
        return new Election(count.withBallots(ballotFiles), office, roster, dates, voters, newChallenged, newSpoiled,
                noticeAnnouncesRunoff, keepRecordsUntil, newCheckoff, auditLog, runoffDate, status);
    }

    public Stage stage() {
        return status.stage();
    }

    /** Challenges by state. */
    public long challenges(Challenge.Resolution r) {
        return challenged.stream().filter(c -> c.resolution() == r).count();
    }
}
