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
 *   name: [First Name, Last Name]   # or several of theirs, joined with a space
 * ignore:               # their columns that hold nothing for the roster
 *   - Hire Date
 * values:               # their codes in a column: the roster's value
 *   status: {A: active, LOA: on-leave}
 * dates: MM/DD/YYYY     # how the export writes dates (default YYYY-MM-DD)
 * ragged: pad           # rows shorter than the header are padded with blank cells (default: an error)
 * </pre>
 * Every other column must be a roster column by name, or the import refuses the file: a column
 * is never dropped silently.
 */
public record RosterCsvMapping(Map<RosterCsv.Column, String> columns, List<String> ignore,
                               Map<RosterCsv.Column, Map<String, String>> values, Location origin, Layout layout) {

    /**
     * The shape of the export beyond column names: roster columns made by joining several of
     * theirs (in order, with one space, blank cells left out), the form its dates are written in,
     * and whether a row shorter than the header is padded (a row longer than the header is always
     * an error: its last cells would belong to no column).
     */
    public record Layout(Map<RosterCsv.Column, List<String>> joined, DateForm dates, boolean padShortRows) {
        public Layout {
            joined = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(joined));
        }

        static final Layout STRICT = new Layout(Map.of(), DateForm.ISO, false);
    }

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
        return new RosterCsvMapping(Map.of(), List.of(), Map.of(), Location.of("(no mapping)"), Layout.STRICT);
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

    /** The roster column that their column is one part of (a joined column), if any. */
    public Optional<RosterCsv.Column> joinedInto(String theirColumn) {
        return layout.joined().entrySet().stream().filter(e -> e.getValue().stream().anyMatch(theirColumn.strip()::equalsIgnoreCase))
                .map(Map.Entry::getKey).findFirst();
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
        Map<RosterCsv.Column, List<String>> joined = new LinkedHashMap<>();
        DateForm dates = DateForm.ISO;
        boolean pad = false;
        List<String> ignore = List.of();
        Optional<Fields> top = Fields.of(root, problems, "the mapping file");
        if (top.isPresent()) {
            Fields f = top.get();
            f.integer("lmp_roster_mapping", 1, 1);
            f.node("columns").flatMap(n -> Fields.of(n, problems, "'columns' (roster column: your column name)")).ifPresent(c -> {
                Map<String, String> seen = new LinkedHashMap<>();
                for (RosterCsv.Column col : RosterCsv.Column.values()) {
                    if (c.node(col.id()).orElse(null) instanceof Node.ListNode) {
                        List<String> parts = c.textList(col.id());
                        if (parts.size() < 2) {
                            problems.error(c.locationOf(col.id()), "'" + col.id() + "' joins columns, so it needs at least two "
                                    + "of them, found " + parts.size() + "; write 'name: [First Name, Last Name]' or a single name");
                        }
                        for (String theirs : parts) {
                            String before = seen.put(theirs.toLowerCase(Locale.ROOT), col.id());
                            if (before != null) {
                                problems.error(c.locationOf(col.id()), "column '" + theirs + "' is mapped to both " + before
                                        + " and " + col.id() + "; map it to one");
                            }
                        }
                        joined.put(col, parts);
                        continue;
                    }
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
            Optional<String> dateText = f.text("dates");
            if (dateText.isPresent()) {
                Optional<DateForm> form = DateForm.of(dateText.get());
                if (form.isEmpty()) {
                    problems.error(f.locationOf("dates"), "'dates' should be a date form such as MM/DD/YYYY, DD.MM.YYYY, "
                            + "M/D/YYYY or YYYY-MM-DD (YYYY, MM or M, DD or D, each once), found '" + dateText.get() + "'");
                } else {
                    dates = form.get();
                }
            }
            Optional<String> ragged = f.text("ragged");
            if (ragged.isPresent()) {
                switch (ragged.get()) {
                    case "pad" -> pad = true;
                    case "error" -> pad = false;
                    default -> problems.error(f.locationOf("ragged"), "'ragged' should be 'pad' (fill short rows with blank "
                            + "cells) or 'error' (the default), found '" + ragged.get() + "'");
                }
            }
            ignore = f.textList("ignore");
            for (String i : ignore) {
                if (columns.values().stream().anyMatch(i::equalsIgnoreCase)
                        || joined.values().stream().flatMap(List::stream).anyMatch(i::equalsIgnoreCase)) {
                    problems.error(f.locationOf("ignore"), "column '" + i + "' is both mapped and ignored; do one or the other");
                }
            }
            f.finish();
        }
        if (problems.hasErrors()) {
            throw new lmp.io.InputException(problems.sorted());
        }
        return new RosterCsvMapping(columns, ignore, values, root.location(), new Layout(joined, dates, pad));
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
