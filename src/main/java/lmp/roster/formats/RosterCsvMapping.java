package lmp.roster.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lmp.io.Fields;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Node;
import lmp.io.Problems;
import lmp.io.YamlTree;

/**
 * How the columns of someone else's CSV export map to roster columns, so an HR export imports
 * without editing it. A YAML file:
 * <pre>
 * columns:              # roster column: their column name
 *   member_id: Employee ID
 *   name: Full Name
 * ignore:               # their columns that hold nothing for the roster
 *   - Hire Date
 * </pre>
 * Every other column must be a roster column by name, or the import refuses the file: a column
 * is never dropped silently.
 */
public record RosterCsvMapping(Map<RosterCsv.Column, String> columns, List<String> ignore, Location origin) {

    public RosterCsvMapping {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        ignore = List.copyOf(ignore);
    }

    /** No mapping: columns are taken by their roster names. */
    public static RosterCsvMapping none() {
        return new RosterCsvMapping(Map.of(), List.of(), Location.of("(no mapping)"));
    }

    public boolean ignores(String theirColumn) {
        return ignore.stream().anyMatch(i -> i.equalsIgnoreCase(theirColumn.strip()));
    }

    /** The roster column their column is mapped to, if any. */
    public Optional<RosterCsv.Column> mapped(String theirColumn) {
        return columns.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(theirColumn.strip()))
                .map(Map.Entry::getKey).findFirst();
    }

    public static RosterCsvMapping read(InputFile file) {
        Node root = YamlTree.parse(file);
        Problems problems = new Problems();
        Map<RosterCsv.Column, String> columns = new LinkedHashMap<>();
        List<String> ignore = List.of();
        Optional<Fields> top = Fields.of(root, problems, "the mapping file");
        if (top.isPresent()) {
            Fields f = top.get();
            f.integer("lmp_roster_mapping", 1, 1);
            f.node("columns").flatMap(n -> Fields.of(n, problems, "'columns' (roster column: your column name)")).ifPresent(c -> {
                Map<String, String> seen = new LinkedHashMap<>();
                for (RosterCsv.Column col : RosterCsv.Column.values()) {
                    c.text(col.id()).ifPresent(theirs -> {
                        String before = seen.put(theirs.toLowerCase(Locale.ROOT), col.id());
                        if (before != null) {
                            problems.error(c.locationOf(col.id()), "column '" + theirs + "' is mapped to both " + before
                                    + " and " + col.id() + "; map it to one");
                        }
                        columns.put(col, theirs);
                    });
                }
                c.finish();
            });
            ignore = f.textList("ignore");
            for (String i : ignore) {
                if (columns.values().stream().anyMatch(i::equalsIgnoreCase)) {
                    problems.error(f.locationOf("ignore"), "column '" + i + "' is both mapped and ignored; do one or the other");
                }
            }
            f.finish();
        }
        if (problems.hasErrors()) {
            throw new lmp.io.InputException(problems.sorted());
        }
        return new RosterCsvMapping(columns, ignore, root.location());
    }
}
