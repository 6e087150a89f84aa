package lmp.election;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lmp.election.AuditRecord.FileDigest;
import lmp.election.formats.AuditLogJsonl;
import lmp.election.formats.ElectionYaml;
import lmp.io.InputFile;

/**
 * An election as the commands load it, once, before any step: the election file (its name
 * relative to its directory and its content), every file it or its audit log names that exists
 * (by path relative to the election file), the audit log's lines, and the owner-only key of its
 * keyed digests. The steps of {@link Lifecycle} take this and return a {@link StepOutcome}; they
 * never read or write anything themselves.
 *
 * @param name      the election file's name, relative to its directory
 * @param file      the election file as read
 * @param tree      its YAML tree, parsed once (the count reads its count keys from it)
 * @param files     files by path relative to the election file (only those that exist)
 * @param logExists whether the audit log exists
 * @param log       the audit log's lines (empty when it does not exist)
 * @param key       the secret of the keyed digests, when the key file exists
 */
public record ElectionState(String name, InputFile file, lmp.io.Node tree, Election election, Map<String, InputFile> files, boolean logExists,
                            List<AuditLogJsonl.Line> log, Optional<byte[]> key) {

    public ElectionState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(election, "election");
        files = Map.copyOf(files);
        log = List.copyOf(log);
        Objects.requireNonNull(key, "key");
    }

    public Optional<InputFile> file(String relative) {
        return Optional.ofNullable(files.get(relative));
    }

    /** The digest of a public file: its plain SHA-256. */
    public static FileDigest plain(String path, byte[] bytes) {
        return new FileDigest(path, Digests.sha256(bytes), false);
    }

    /** The digest of a voter-side file: HMAC-SHA-256 under the election's key. */
    public FileDigest keyed(String path, byte[] bytes) {
        return new FileDigest(path, Digests.hmac(requireKey(), bytes), true);
    }

    /** The keyed digest of an election's content, as the audit trail records it (without its chain head). */
    public FileDigest electionDigest(Election e) {
        return keyed(name, ElectionYaml.digestForm(e));
    }

    byte[] requireKey() {
        return key.orElseThrow(() -> new lmp.io.InputException(lmp.io.Problem.error(lmp.io.Location.of(file.name()),
                "the election's key file is missing, so its keyed digests cannot be made or checked; restore it from the "
                        + "committee's copy (it is written by 'lmp election new' beside the election file)")));
    }

    /** The last record of a command, newest first. */
    public Optional<AuditRecord> last(String command) {
        for (int i = log.size() - 1; i >= 0; i--) {
            Optional<AuditRecord> r = log.get(i).record();
            if (r.isPresent() && r.get().command().equals(command)) return r;
        }
        return Optional.empty();
    }

    /** The SHA-256 of the line holding the record {@code seq}, or empty. */
    public Optional<String> lineHash(int seq) {
        return log.stream().filter(l -> l.record().filter(r -> r.seq() == seq).isPresent()).findFirst().map(AuditLogJsonl.Line::sha256);
    }
}
