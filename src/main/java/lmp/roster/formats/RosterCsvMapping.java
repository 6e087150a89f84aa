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
 * values:               # their codes in a column: the roster's value
 *   status: {A: active, LOA: on-leave}
 * </pre>
 * Every other column must be a roster column by name, or the import refuses the file: a column
 * is never dropped silently.
 */
public record RosterCsvMapping(Map<RosterCsv.Column, String> columns, List<String> ignore,
                               Map<RosterCsv.Column, Map<String, String>> values, Location origin) {

    public RosterCsvMapping {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        ignore = List.copyOf(ignore);
        Map<RosterCsv.Column, Map<String, String>> v = new LinkedHashMap<>();
        values.forEach((col, m) -> {
            Map<String, String> lower = new LinkedHashMap<>();
            m.forEach((theirs, ours) -> lower.put(theirs.strip().toLowerCase(Locale.ROOT), ours));
            v.put(col, java.util.Collections.unmodifiableMap(lower));
        });
        values = java.util.Collections.unmodifiableMap(v);
    }

    /** No mapping: columns are taken by their roster names. */
    public static RosterCsvMapping none() {
        return new RosterCsvMapping(Map.of(), List.of(), Map.of(), Location.of("(no mapping)"));
    }

    /**
     * The value translations for each column, indexed by column ordinal (null where none), keys in
     * lower case: an export's own codes ({@code LOA}, {@code Y}) to roster values ({@code on-leave}).
     */
    @SuppressWarnings("unchecked")
    Map<String, String>[] valueTables() {
        Map<String, String>[] tables = new Map[RosterCsv.Column.values().length];
        values.forEach((col, m) -> tables[col.ordinal()] = m);
        return tables;
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
        Map<RosterCsv.Column, Map<String, String>> values = new LinkedHashMap<>();
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
            f.node("values").flatMap(n -> Fields.of(n, problems, "'values' (roster column: {their value: roster value})"))
                    .ifPresent(v -> {
                        for (RosterCsv.Column col : RosterCsv.Column.values()) {
                            v.node(col.id()).ifPresent(n -> values.put(col, translations(n, col, problems)));
                        }
                        v.finish();
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
        return new RosterCsvMapping(columns, ignore, values, root.location());
    }

    /** One column's translations: a mapping of single values; anything else is a located problem. */
    private static Map<String, String> translations(Node node, RosterCsv.Column col, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!(node instanceof Node.MapNode map)) {
            problems.error(node.location(), "'values' for " + col.id() + " should be a mapping of 'their value: roster value'"
                    + " lines, found " + node.describe());
            return out;
        }
        for (Node.Entry e : map.entries().values()) {
            if (e.value() instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank()) {
                if (out.put(e.key().strip().toLowerCase(Locale.ROOT), s.text().strip()) != null) {
                    problems.error(e.keyLocation(), "value '" + e.key() + "' of " + col.id() + " is given twice (ignoring case)");
                }
            } else {
                problems.error(e.value().location(), "the roster value for '" + e.key() + "' in " + col.id()
                        + " should be a single value, found " + e.value().describe());
            }
        }
        return out;
    }
}
