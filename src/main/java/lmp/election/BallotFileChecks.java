package lmp.election;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.count.formats.BallotFiles;
import lmp.io.CsvInput;
import lmp.io.InputFile;

/**
 * Nothing is counted twice: two ballot files with the same content (a copy, a symlink, the same file
 * named twice), or two ballots with the same ballot id (CSV column {@code ballot_id}) in any of the
 * files, are found and named with both files.
 */
public final class BallotFileChecks {
    private BallotFileChecks() {
    }

    /** Problems among the given ballot files (path relative to the election file, content), in order. */
    public static List<String> duplicates(List<Map.Entry<String, InputFile>> files) {
        List<String> out = new ArrayList<>();
        Map<String, String> byPath = new HashMap<>();
        Map<String, String> byContent = new HashMap<>();
        Map<String, String> idSeenIn = new HashMap<>();
        for (Map.Entry<String, InputFile> f : files) {
            if (byPath.putIfAbsent(f.getKey(), f.getKey()) != null) {
                out.add("ballot file " + f.getKey() + " is listed twice; list each file once");
                continue;
            }
            String sha = f.getValue().sha256();
            String earlier = byContent.putIfAbsent(sha, f.getKey());
            if (earlier != null) {
                out.add("ballot file " + f.getKey() + " has the same content (SHA-256 " + sha.substring(0, 12) + "...) as "
                        + earlier + "; a copy or a link is not a second set of ballots");
                continue;
            }
            Map<String, Integer> repeats = new LinkedHashMap<>();
            for (String id : ballotIds(f.getValue())) {
                String first = idSeenIn.putIfAbsent(id, f.getKey());
                if (first != null) repeats.merge(first, 1, Integer::sum);
            }
            repeats.forEach((first, n) -> out.add("ballot file " + f.getKey() + " repeats " + n + " ballot id(s) already in " + first
                    + (first.equals(f.getKey()) ? " itself" : "") + "; each ballot is taken in once"));
        }
        return out;
    }

    /** The values of the {@code ballot_id} column of a CSV ballot file (none for other formats or without the column). */
    public static List<String> ballotIds(InputFile f) {
        List<String> ids = new ArrayList<>();
        if (!BallotFiles.isCsv(f.name())) return ids;
        List<Integer> column = new ArrayList<>(1);
        try {
            CsvInput.read(f, h -> h.index("ballot_id").ifPresent(column::add), row -> column.stream().findFirst().ifPresent(i -> {
                String id = row.cell(i).strip();
                if (!id.isEmpty()) ids.add(id);
            }));
        } catch (lmp.io.InputException e) {
            // A file the count cannot read is reported by the count itself, with its line; here it has no ids.
            return List.of();
        }
        return ids;
    }
}
