package lmp.roster.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.roster.ImportRecord;
import lmp.roster.Roster;

/**
 * Reads an import source by its kind: roster YAML or JSON (by the file name's ending) or CSV
 * (anything else, and standard input). A YAML source is taken whole or not at all, because a
 * member record with one bad field would otherwise lose that field's value in the merge.
 */
public final class RosterSources {
    private RosterSources() {
    }

    public static boolean isYaml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** Hands each record of the source to {@code sink} in order; returns the rejected records' problems. */
    public static List<lmp.io.Problem> read(InputFile file, RosterCsvMapping mapping, java.util.function.Consumer<ImportRecord> sink) {
        if (!isYaml(file.name())) {
            return RosterCsv.read(file, mapping, sink);
        }
        Parsed<Roster> parsed = RosterYaml.read(file);
        parsed.value().ifPresent(r -> records(r, file.name()).forEach(sink));
        return parsed.problems();
    }

    /** A roster as import records: every field of every record given. */
    public static List<ImportRecord> records(Roster r, String source) {
        List<ImportRecord> out = new ArrayList<>(r.members().size() + r.roles().size() + r.ubts().size() + 4);
        if (!r.name().isEmpty()) {
            out.add(new ImportRecord.RosterName(r.name(), lmp.io.Location.of(source)));
        }
        r.councils().forEach(c -> out.add(new ImportRecord.CouncilRecord(c)));
        r.ubts().forEach(u -> out.add(new ImportRecord.UbtRecord(u)));
        r.members().forEach(m -> out.add(ImportRecord.MemberUpdate.whole(m)));
        r.roles().forEach(x -> out.add(new ImportRecord.RoleRecord(x)));
        return out;
    }
}
