package lmp.election;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lmp.election.AuditRecord.FileDigest;

/**
 * What a step of the life cycle decided: the election as it is now, the files to write (all of
 * them go out together, or none), the audit record to append (the election file, with the new head
 * of the chain, is then written with them), and what to tell the user.
 *
 * @param election the election after the step (unchanged for a step that only reads)
 * @param writes   the files to write besides the election file and its audit log
 * @param record   the audit record to append, when the step changes anything or was asked to record
 * @param lines    what to print (data, on standard output)
 * @param notes    status lines (on standard error)
 */
public record StepOutcome(Election election, List<Write> writes, Optional<Entry> record, List<String> lines, List<String> notes) {

    /** One file to write: its path (relative to the election file, or absolute), content, and whether it is personal data. */
    public record Write(String path, byte[] bytes, boolean personal) {
        public Write {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** An audit record still to be numbered and chained: the command, files read and written, what it found. */
    public record Entry(String command, List<FileDigest> inputs, List<FileDigest> outputs, Map<String, Object> result) {
        public Entry {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            result = Map.copyOf(result);
        }
    }

    public StepOutcome {
        Objects.requireNonNull(election, "election");
        writes = List.copyOf(writes);
        Objects.requireNonNull(record, "record");
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    public boolean writesAnything() {
        return record.isPresent() || !writes.isEmpty();
    }
}
