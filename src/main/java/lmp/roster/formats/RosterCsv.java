package lmp.roster.formats;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import lmp.io.CsvInput;
import lmp.io.CsvOutput;
import lmp.io.Fields;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.roster.Council;
import lmp.roster.ImportRecord;
import lmp.roster.Member;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;
import lmp.roster.StewardDesignation;
import lmp.roster.Ubt;

/**
 * The roster as CSV, one record per row. The optional {@code record} column says what a row is:
 * {@code member} (the default, so an HR export of members needs no such column), {@code ubt},
 * {@code council}, {@code role} or {@code roster}. Each kind uses some of the columns and leaves
 * the others blank:
 * <pre>
 * record   member_id name local bargaining_unit ubt status good_standing steward_since steward_council
 * ubt                name                        ubt                                                   facility area manager
 * council            name                                                                steward_council          area
 * role     member_id                                                                                                     role scope start end chosen
 * (then dues_paid_through and member_since for members, elected_on for roles)
 * roster             name
 * </pre>
 * Reading gives {@link ImportRecord}s for {@code lmp.roster.RosterMerge}; a bad row is rejected
 * with its line and the reason and the other rows are still read. A header that cannot be
 * used (an unknown column, a column twice, no member_id) rejects the whole file.
 */
public final class RosterCsv {
    /** The kinds of row. */
    public enum RecordKind {
        MEMBER("member"), UBT("ubt"), COUNCIL("council"), ROLE("role"), ROSTER("roster");

        private final String id;

        RecordKind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The roster columns, in the order the exporter writes them, with the kinds of row that use each. */
    public enum Column {
        RECORD("record"),
        MEMBER_ID("member_id", RecordKind.MEMBER, RecordKind.ROLE),
        NAME("name", RecordKind.MEMBER, RecordKind.UBT, RecordKind.COUNCIL, RecordKind.ROSTER),
        LOCAL("local", RecordKind.MEMBER),
        BARGAINING_UNIT("bargaining_unit", RecordKind.MEMBER),
        UBT("ubt", RecordKind.MEMBER, RecordKind.UBT),
        STATUS("status", RecordKind.MEMBER),
        GOOD_STANDING("good_standing", RecordKind.MEMBER),
        STEWARD_SINCE("steward_since", RecordKind.MEMBER),
        STEWARD_COUNCIL("steward_council", RecordKind.MEMBER, RecordKind.COUNCIL),
        FACILITY("facility", RecordKind.UBT),
        AREA("area", RecordKind.UBT, RecordKind.COUNCIL),
        MANAGER("manager", RecordKind.UBT),
        ROLE("role", RecordKind.ROLE),
        SCOPE("scope", RecordKind.ROLE),
        START("start", RecordKind.ROLE),
        END("end", RecordKind.ROLE),
        CHOSEN("chosen", RecordKind.ROLE),
        DUES_PAID_THROUGH("dues_paid_through", RecordKind.MEMBER),
        MEMBER_SINCE("member_since", RecordKind.MEMBER),
        ELECTED_ON("elected_on", RecordKind.ROLE);

        private final String id;
        private final Set<RecordKind> usedBy;

        Column(String id, RecordKind... usedBy) {
            this.id = id;
            this.usedBy = usedBy.length == 0 ? EnumSet.allOf(RecordKind.class) : EnumSet.copyOf(Arrays.asList(usedBy));
        }

        public String id() {
            return id;
        }

        public boolean usedBy(RecordKind kind) {
            return usedBy.contains(kind);
        }

        public static Optional<Column> byId(String name) {
            String n = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (Column c : values()) {
                if (c.id.equals(n)) return Optional.of(c);
            }
            return Optional.empty();
        }

        static List<String> ids() {
            return Arrays.stream(values()).map(Column::id).toList();
        }
    }

    /** What one CSV file gave: records to merge, and rows rejected with their reasons. */
    public record Reading(List<ImportRecord> records, List<Problem> rejected) {
        public Reading {
            records = List.copyOf(records);
            rejected = List.copyOf(rejected);
        }
    }

    private RosterCsv() {
    }

    public static Reading read(InputFile file, RosterCsvMapping mapping) {
        List<ImportRecord> records = new ArrayList<>();
        List<Problem> rejected = read(file, mapping, records::add);
        return new Reading(records, rejected);
    }

    /** Hands each record to {@code sink} as its row is read; returns the rejected rows. */
    public static List<Problem> read(InputFile file, RosterCsvMapping mapping, Consumer<ImportRecord> sink) {
        List<Problem> rejected = new ArrayList<>();
        int[] index = new int[Column.values().length];
        int[][] joins = new int[Column.values().length][];
        Map<String, String>[] values = mapping.valueTables();
        CsvInput.Header[] header = new CsvInput.Header[1];
        CsvInput.read(file, h -> {
            header[0] = h;
            resolve(h, mapping, index, joins);
        }, row -> {
            // A short row would make a member of a truncated line (an eligible voter, in good standing
            // by default); a long one would drop its last cells. Both are errors unless the mapping pads.
            java.util.Optional<String> width = header[0].widthProblem(row, !mapping.layout().padShortRows());
            if (width.isPresent()) {
                rejected.add(Problem.error(row.location(), width.get()
                        + (row.cells().size() < header[0].names().size() ? " (or say 'ragged: pad' in the mapping file)" : "")));
                return;
            }
            ImportRecord rec;
            try {
                rec = new RosterCsvRow(row, index, joins, values, mapping.layout().dates()).read();
            } catch (RosterCsvRow.Rejected e) {
                rejected.add(Problem.error(row.location(), e.getMessage()));
                return;
            }
            sink.accept(rec);
        });
        return rejected;
    }

    /** Fills {@code index} (column -> cell position, -1 when absent), or rejects the header with every problem. */
    private static void resolve(CsvInput.Header header, RosterCsvMapping mapping, int[] index, int[][] joins) {
        Arrays.fill(index, -1);
        mapping.layout().joined().forEach((col, parts) -> {
            int[] at = new int[parts.size()];
            for (int k = 0; k < at.length; k++) at[k] = header.index(parts.get(k)).orElse(-1);
            joins[col.ordinal()] = at;
        });
        List<Problem> problems = new ArrayList<>();
        Location at = header.location();
        int unknown = 0;
        for (int i = 0; i < header.names().size(); i++) {
            String theirs = header.names().get(i);
            if (mapping.ignores(theirs)) continue;
            Optional<Column> joinedInto = mapping.joinedInto(theirs);
            if (joinedInto.isPresent()) {
                index[joinedInto.get().ordinal()] = Math.max(index[joinedInto.get().ordinal()], i);
                continue;
            }
            Optional<Column> col = mapping.mapped(theirs);
            if (col.isEmpty()) {
                col = Column.byId(theirs).filter(c -> !mapping.columns().containsKey(c) && !mapping.layout().joined().containsKey(c));
            }
            if (col.isEmpty()) {
                problems.add(Problem.error(at, "column '" + theirs + "' (column " + (i + 1) + ") is not a roster column"
                        + Fields.suggestion(theirs, Column.ids()) + "; map it or ignore it in a mapping file"));
                unknown++;
                continue;
            }
            Column c = col.get();
            if (index[c.ordinal()] >= 0) {
                problems.add(Problem.error(at, "columns " + (index[c.ordinal()] + 1) + " and " + (i + 1) + " both give "
                        + c.id() + "; keep one, or ignore one in the mapping file"));
                continue;
            }
            index[c.ordinal()] = i;
        }
        for (Map.Entry<Column, String> e : mapping.columns().entrySet()) {
            if (header.index(e.getValue()).isEmpty()) {
                problems.add(Problem.error(at, "the mapping file maps " + e.getKey().id() + " to column '" + e.getValue()
                        + "', which this file does not have (its columns: " + String.join(", ", header.names()) + ")"));
            }
        }
        mapping.layout().joined().forEach((col, parts) -> {
            for (String part : parts) {
                if (header.index(part).isEmpty()) {
                    problems.add(Problem.error(at, "the mapping file joins column '" + part + "' into " + col.id()
                            + ", but this file does not have it (its columns: " + String.join(", ", header.names()) + ")"));
                }
            }
        });
        if (unknown > 0) {
            problems.add(Problem.error(at, "the roster columns are " + String.join(", ", Column.ids()) + "; a mapping file"
                    + " (--mapping FILE) maps the file's own names to them under 'columns:' (e.g. 'member_id: Employee ID')"
                    + " and lists columns to leave out under 'ignore:' (see docs/roster.md)"));
        }
        if (index[Column.RECORD.ordinal()] < 0 && index[Column.MEMBER_ID.ordinal()] < 0) {
            problems.add(Problem.error(at, "no member_id column; name the column with the member id 'member_id' or map it"
                    + " in a mapping file (columns: {member_id: \"Employee ID\"})"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Writes the whole roster: roster name, councils, UBTs, members, roles; every column on every row. */
    public static void write(Roster roster, Writer out) {
        try (CsvOutput csv = new CsvOutput(out)) {
            csv.row(Column.ids());
            if (!roster.name().isEmpty()) {
                csv.row(row(RecordKind.ROSTER, Map.of(Column.NAME, roster.name())));
            }
            for (Council c : roster.councils()) {
                csv.row(row(RecordKind.COUNCIL, Map.of(Column.STEWARD_COUNCIL, c.id(), Column.NAME, c.name(), Column.AREA, c.area())));
            }
            for (Ubt u : roster.ubts()) {
                csv.row(row(RecordKind.UBT, Map.of(Column.UBT, u.id(), Column.NAME, u.name(), Column.FACILITY, u.facility(),
                        Column.AREA, u.area(), Column.MANAGER, u.manager().orElse(""))));
            }
            for (Member m : roster.members()) {
                csv.row(memberRow(m));
            }
            for (RoleAssignment r : roster.roles()) {
                csv.row(row(RecordKind.ROLE, Map.of(Column.MEMBER_ID, r.memberId(), Column.ROLE, r.role().id(),
                        Column.SCOPE, r.scope(), Column.START, r.start().toString(),
                        Column.END, r.end().map(LocalDate::toString).orElse(""), Column.CHOSEN, r.chosen().id(),
                        Column.ELECTED_ON, r.electedOn().map(LocalDate::toString).orElse(""))));
            }
        }
    }

    /** One member as a full row (record column first), as {@link #write} and {@code roster list} print it. */
    public static List<String> memberRow(Member m) {
        Map<Column, String> v = new EnumMap<>(Column.class);
        v.put(Column.MEMBER_ID, m.id());
        v.put(Column.NAME, m.name());
        v.put(Column.LOCAL, m.local());
        v.put(Column.BARGAINING_UNIT, m.bargainingUnit().orElse(""));
        v.put(Column.UBT, m.ubt().orElse(""));
        v.put(Column.STATUS, m.status().id());
        v.put(Column.GOOD_STANDING, Boolean.toString(m.goodStanding()));
        v.put(Column.STEWARD_SINCE, m.steward().map(s -> s.since().toString()).orElse(""));
        v.put(Column.STEWARD_COUNCIL, m.steward().flatMap(StewardDesignation::council).orElse(""));
        v.put(Column.DUES_PAID_THROUGH, m.duesPaidThrough().map(LocalDate::toString).orElse(""));
        v.put(Column.MEMBER_SINCE, m.memberSince().map(LocalDate::toString).orElse(""));
        return row(RecordKind.MEMBER, v);
    }

    private static List<String> row(RecordKind kind, Map<Column, String> values) {
        List<String> cells = new ArrayList<>(Column.values().length);
        for (Column c : Column.values()) {
            cells.add(c == Column.RECORD ? kind.id() : values.getOrDefault(c, ""));
        }
        return cells;
    }
}
