package lmp.roster.formats;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lmp.io.CsvInput;
import lmp.io.CsvOutput;
import lmp.io.Fields;
import lmp.io.Location;
import lmp.roster.Council;
import lmp.roster.HowChosen;
import lmp.roster.ImportRecord;
import lmp.roster.Member;
import lmp.roster.MemberField;
import lmp.roster.MemberStatus;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import lmp.roster.StewardDesignation;
import lmp.roster.Ubt;
import lmp.roster.formats.RosterCsv.Column;
import lmp.roster.formats.RosterCsv.RecordKind;

/** Reads one row of a roster CSV into a record ({@link RosterCsv}); throws {@link Rejected} with the reason when it cannot. */
final class RosterCsvRow {
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    private final CsvInput.Row row;
    private final int[] index;
    /** For a joined column, the positions of the cells joined into it (null for others). */
    private final int[][] joins;
    private final java.util.Map<String, String>[] values;
    private final DateForm dates;

    RosterCsvRow(CsvInput.Row row, int[] index, int[][] joins, java.util.Map<String, String>[] values, DateForm dates) {
        this.row = row;
        this.index = index;
        this.joins = joins;
        this.values = values;
        this.dates = dates;
    }

    boolean has(Column c) {
        return index[c.ordinal()] >= 0;
    }

    /** The cell of a column, trimmed, with our export's formula guard removed and the mapping's value translation applied. */
    String cell(Column c) {
        int i = index[c.ordinal()];
        if (i < 0) return "";
        String v = joins[c.ordinal()] != null ? joined(joins[c.ordinal()]) : unneutralise(row.cell(i).strip()).strip();
        Optional<String> why = lmp.io.Text.refusal(v, c == Column.NAME || c == Column.MANAGER ? lmp.io.Text.Kind.NAME
                : lmp.io.Text.Kind.TEXT);
        if (why.isPresent() && !v.isEmpty()) {
            throw new Rejected(c.id() + " '" + lmp.io.Text.shown(v) + "' " + why.get());
        }
        java.util.Map<String, String> table = values[c.ordinal()];
        if (table != null && !v.isEmpty()) {
            String translated = table.get(v.toLowerCase(Locale.ROOT));
            if (translated != null) return translated;
        }
        return v;
    }

    /** The cells at {@code positions}, in order, joined with one space; blank cells are left out. */
    private String joined(int[] positions) {
        StringBuilder sb = new StringBuilder();
        for (int p : positions) {
            String part = unneutralise(row.cell(p).strip()).strip();
            if (part.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(part);
        }
        return sb.toString();
    }

    Optional<String> optional(Column c) {
        String v = cell(c);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    String required(Column c, RecordKind kind) {
        String v = cell(c);
        if (v.isEmpty()) {
            throw new Rejected("a " + kind.id() + " row needs " + c.id() + (has(c) ? "; the cell is blank"
                    : "; the file has no " + c.id() + " column"));
        }
        return v;
    }

    ImportRecord read() {
        String kindText = cell(Column.RECORD);
        RecordKind kind = kindText.isEmpty() ? RecordKind.MEMBER : Arrays.stream(RecordKind.values())
                .filter(k -> k.id().equalsIgnoreCase(kindText)).findFirst()
                .orElseThrow(() -> new Rejected("record '" + kindText + "' is not a kind of row; write member, ubt,"
                        + " council, role or roster (blank means member)"));
        for (Column c : Column.values()) {
            if (!c.usedBy(kind) && !cell(c).isEmpty()) {
                throw new Rejected("column " + c.id() + " does not apply to a " + kind.id() + " row ('" + cell(c)
                        + "'); leave it blank or check the record column");
            }
        }
        Location at = row.location();
        return switch (kind) {
            case MEMBER -> member(at);
            case UBT -> new ImportRecord.UbtRecord(new Ubt(required(Column.UBT, kind), required(Column.NAME, kind),
                    required(Column.FACILITY, kind), required(Column.AREA, kind), optional(Column.MANAGER), at));
            case COUNCIL -> {
                String id = required(Column.STEWARD_COUNCIL, kind);
                yield new ImportRecord.CouncilRecord(new Council(id, optional(Column.NAME).orElse(id),
                        required(Column.AREA, kind), at));
            }
            case ROLE -> role(at);
            case ROSTER -> new ImportRecord.RosterName(required(Column.NAME, kind), at);
        };
    }

    private ImportRecord member(Location at) {
        String id = required(Column.MEMBER_ID, RecordKind.MEMBER);
        Set<MemberField> given = EnumSet.noneOf(MemberField.class);
        String name = given(Column.NAME, MemberField.NAME, given);
        String local = given(Column.LOCAL, MemberField.LOCAL, given);
        if (has(Column.BARGAINING_UNIT)) given.add(MemberField.BARGAINING_UNIT);
        if (has(Column.UBT)) given.add(MemberField.UBT);
        MemberStatus status = MemberStatus.ACTIVE;
        if (!cell(Column.STATUS).isEmpty()) {
            given.add(MemberField.STATUS);
            status = MemberStatus.spellings().get(cell(Column.STATUS).toLowerCase(Locale.ROOT).replace(' ', '-'));
            if (status == null) {
                throw new Rejected("status '" + lmp.io.Text.shown(cell(Column.STATUS)) + "' is not known; write one of: "
                        + String.join(", ", MemberStatus.spellings().keySet())
                        + ", or map the export's code in the mapping file (--mapping), e.g. values: {status: {'"
                        + lmp.io.Text.shown(cell(Column.STATUS)) + "': on-leave}}");
            }
        }
        boolean goodStanding = true;
        if (!cell(Column.GOOD_STANDING).isEmpty()) {
            given.add(MemberField.GOOD_STANDING);
            goodStanding = yesNo(cell(Column.GOOD_STANDING));
        }
        Optional<StewardDesignation> steward = Optional.empty();
        Optional<String> council = optional(Column.STEWARD_COUNCIL);
        if (has(Column.STEWARD_SINCE)) {
            given.add(MemberField.STEWARD_SINCE);
            Optional<String> since = optional(Column.STEWARD_SINCE);
            if (since.isEmpty() && council.isPresent()) {
                throw new Rejected("steward_council is '" + council.get() + "' but steward_since is blank;"
                        + " give the date the member became a steward, or leave both blank");
            }
            steward = since.map(s -> new StewardDesignation(date(Column.STEWARD_SINCE, s), council));
        }
        if (has(Column.STEWARD_COUNCIL)) given.add(MemberField.STEWARD_COUNCIL);
        if (has(Column.DUES_PAID_THROUGH)) given.add(MemberField.DUES_PAID_THROUGH);
        if (has(Column.MEMBER_SINCE)) given.add(MemberField.MEMBER_SINCE);
        Member values = new Member(id, name, local, optional(Column.BARGAINING_UNIT), optional(Column.UBT), status,
                goodStanding, steward, optional(Column.DUES_PAID_THROUGH).map(x -> date(Column.DUES_PAID_THROUGH, x)),
                optional(Column.MEMBER_SINCE).map(x -> date(Column.MEMBER_SINCE, x)), at);
        return new ImportRecord.MemberUpdate(values, given, council);
    }

    /** A required text field of a member: given when its column is there; a blank cell is an error. */
    private String given(Column c, MemberField field, Set<MemberField> given) {
        if (!has(c)) return "";
        String v = cell(c);
        if (v.isEmpty()) {
            throw new Rejected(c.id() + " is blank; every member needs a " + c.id());
        }
        given.add(field);
        return v;
    }

    private ImportRecord role(Location at) {
        String member = required(Column.MEMBER_ID, RecordKind.ROLE);
        String roleName = required(Column.ROLE, RecordKind.ROLE);
        Role role = Role.byId(roleName).orElseThrow(() -> new Rejected("unknown role '" + roleName
                + "'; expected one of: " + String.join(", ", Role.spellings().keySet())
                + Fields.suggestion(roleName, Role.spellings().keySet())));
        String scope = required(Column.SCOPE, RecordKind.ROLE);
        LocalDate start = date(Column.START, required(Column.START, RecordKind.ROLE));
        Optional<LocalDate> end = optional(Column.END).map(e -> date(Column.END, e));
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new Rejected("role ends (" + end.get() + ") before it starts (" + start + "); check the two dates");
        }
        HowChosen chosen = optional(Column.CHOSEN).map(c -> Optional.ofNullable(HowChosen.spellings()
                .get(c.toLowerCase(Locale.ROOT))).orElseThrow(() -> new Rejected("chosen '" + c
                + "' is not known; write one of: " + String.join(", ", HowChosen.spellings().keySet()))))
                .orElse(RosterYaml.defaultChosen(role));
        Optional<LocalDate> electedOn = optional(Column.ELECTED_ON).map(e -> date(Column.ELECTED_ON, e));
        return new ImportRecord.RoleRecord(new RoleAssignment(member, role, scope, start, end, chosen, electedOn, at));
    }

    private LocalDate date(Column c, String text) {
        Optional<LocalDate> d = dates.parse(text);
        if (d.isEmpty()) {
            throw new Rejected(c.id() + " is not a valid date: '" + lmp.io.Text.shown(text) + "'"
                    + (dates.shaped(text) ? " (no such day in the calendar)" : "") + (dates == DateForm.ISO
                    ? "; write dates as YYYY-MM-DD, or declare the export's form in the mapping file (dates: MM/DD/YYYY)"
                    : "; the mapping file says dates are written " + dates.pattern()));
        }
        return d.get();
    }

    private boolean yesNo(String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> {
                return true;
            }
            case "false", "no", "n", "0" -> {
                return false;
            }
            default -> throw new Rejected("good_standing '" + v + "' should be true or false (yes/no, y/n, 1/0)");
        }
    }

    /**
     * Undoes {@link CsvOutput#neutralise}: our exports prefix a cell that a spreadsheet would run as
     * a formula with an apostrophe; reading it back removes it, so export then import round-trips.
     */
    static String unneutralise(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'') {
            char c = cell.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return cell.substring(1);
        }
        return cell;
    }
}
