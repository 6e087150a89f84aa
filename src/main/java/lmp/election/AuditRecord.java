package lmp.election;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record of an election's audit log: when (the {@code --as-of} day, or the clock's instant
 * read at the edge), which command, the files it read and wrote with their SHA-256, what it found
 * (a small map of plain values: counts, winners, never a voter id), and the SHA-256 of the previous
 * record's line, so the records form a chain that shows any edit or deletion.
 */
public record AuditRecord(int seq, String time, String command, List<FileDigest> inputs, List<FileDigest> outputs,
                          Map<String, Object> result, String previous) {

    /** The chain's start: what the first record names as its previous record. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * A file (path relative to the election file) and its digest when it was read or written: the
     * plain SHA-256 for a file anyone may check (ballot files, tally reports, certificate), or, when
     * {@code keyed}, the HMAC-SHA-256 under the election's owner-only key for a voter-side file
     * (election file, roster, check-off list), so that no public record can be checked against
     * guesses of who voted.
     */
    public record FileDigest(String path, String sha256, boolean keyed) {
        public FileDigest {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }

        public FileDigest(String path, String sha256) {
            this(path, sha256, false);
        }
    }

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(command, "command");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        result = Map.copyOf(result);
        Objects.requireNonNull(previous, "previous");
    }
}
