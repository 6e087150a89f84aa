package lmp.cli.roster;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.cli.AsOfOption;
import lmp.cli.BaseCommand;
import lmp.io.CsvOutput;
import lmp.roster.Member;
import lmp.roster.Role;
import lmp.roster.Roster;
import lmp.roster.RosterQuery;
import lmp.roster.StewardDesignation;
import lmp.roster.formats.RosterYaml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code lmp roster list}: members, filtered by UBT, role held or steward designation on a day. */
@Command(name = "list",
        description = "List the members of a roster, with the roles each holds on the day (--as-of, default today). Filters "
            + "combine: --ubt ID, --role ROLE (holders on the day), --stewards (stewards on the day).",
        footerHeading = "%nExamples:%n",
        footer = {"  lmp roster list examples/roster.yaml --ubt EVMC-ICU",
            "  lmp roster list examples/roster.yaml --role ubt-co-lead --as-of 2026-06-01",
            "  lmp roster list examples/roster.yaml --stewards --format csv > stewards.csv"})
public final class ListCommand extends BaseCommand {
    enum Format { text, csv, json }

    @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster YAML (or JSON) file; '-' reads standard input.")
    String roster;

    @Option(names = "--ubt", paramLabel = "ID", description = "Only members of this UBT.")
    String ubt;

    @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class, completionCandidates = RoleNames.class,
            description = "Only members holding this role on the day: ubt-co-lead, labor-partner, contract-specialist, "
                    + "steward-council-chair, improvement-advisor, alliance-partnership-representative.")
    Role role;

    @Option(names = "--stewards", description = "Only members who are stewards on the day.")
    boolean stewards;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", preprocessor = lmp.cli.FormatAliases.class, 
            description = "text (default) | csv | json. text is aligned columns for reading; csv and json for programs.")
    Format format;

    /** The roles as they are written (ubt-co-lead), for help and completion: never the Java constants. */
    static final class RoleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Role.values()).map(Role::id).iterator();
        }
    }

    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            return Role.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException("unknown role '" + value
                    + "'" + lmp.io.Fields.suggestion(value, Role.spellings().keySet()) + "; expected one of: "
                    + String.join(", ", Role.spellings().keySet())));
        }
    }

    private static final List<String> COLUMNS = List.of("member_id", "name", "local", "bargaining_unit", "ubt", "status",
            "good_standing", "steward_since", "steward_council", "roles");

    @Override
    public Integer call() {
        Roster r = RosterYaml.read(readInput(roster)).orThrow();
        if (ubt != null && r.ubt(ubt).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--ubt " + ubt + ": no such UBT in " + roster
                    + lmp.io.Fields.suggestion(ubt, r.index().ubts().keySet())
                    + (r.ubts().size() <= 20 ? "; the roster has: " + String.join(", ", r.index().ubts().keySet()) : ""),
                    spec.findOption("--ubt"), ubt);
        }
        LocalDate day = asOf(asOf.value());
        decided("members " + (ubt == null ? "of every UBT" : "of UBT " + ubt) + (role == null ? "" : ", holding " + role.id()
                + " on " + day) + (stewards ? ", stewards on " + day : ""));
        List<Member> members = new RosterQuery(Optional.ofNullable(ubt), Optional.ofNullable(role), stewards, day).select(r);
        Map<String, List<String>> held = RosterQuery.rolesHeldOn(r, day);
        List<List<String>> rows = new ArrayList<>();
        for (Member m : members) {
            rows.add(List.of(m.id(), m.name(), m.local(), m.bargainingUnit().orElse(""), m.ubt().orElse(""), m.status().id(),
                    Boolean.toString(m.goodStanding()), m.steward().map(s -> s.since().toString()).orElse(""),
                    m.steward().flatMap(StewardDesignation::council).orElse(""), String.join(" ", held.getOrDefault(m.id(), List.of()))));
        }
        switch (format) {
            case csv -> {
                StringWriter sw = new StringWriter();
                try (CsvOutput csv = new CsvOutput(sw)) {
                    csv.row(COLUMNS);
                    rows.forEach(csv::row);
                }
                out().print(sw);
            }
            case json -> out().print(JsonText.of(rows.stream().map(row -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    m.put(COLUMNS.get(i), COLUMNS.get(i).equals("roles") ? held.getOrDefault(row.get(0), List.of())
                            : COLUMNS.get(i).equals("good_standing") ? Boolean.valueOf(row.get(i)) : row.get(i));
                }
                return m;
            }).toList()));
            case text -> table(rows);
        }
        out().flush();
        note(members.size() + " of " + r.members().size() + " members, as of " + day);
        return 0;
    }

    /** Aligned columns: id, name, local, UBT, status, steward, roles; for reading, not parsing (use csv or json). */
    private void table(List<List<String>> rows) {
        int[] pick = {0, 1, 2, 4, 5, 7, 9};
        String[] titles = {"ID", "NAME", "LOCAL", "UBT", "STATUS", "STEWARD", "ROLES"};
        int[] width = new int[pick.length];
        for (int i = 0; i < pick.length; i++) width[i] = titles[i].length();
        for (List<String> row : rows) {
            for (int i = 0; i < pick.length; i++) width[i] = Math.max(width[i], row.get(pick[i]).length());
        }
        out().println(line(List.of(titles), width, null));
        for (List<String> row : rows) out().println(line(row, width, pick));
    }

    private static String line(List<String> cells, int[] width, int[] pick) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = pick == null ? cells.get(i) : cells.get(pick[i]);
            sb.append(c);
            if (i < width.length - 1) sb.append(" ".repeat(width[i] - c.length() + 2));
        }
        return sb.toString().stripTrailing();
    }
}
