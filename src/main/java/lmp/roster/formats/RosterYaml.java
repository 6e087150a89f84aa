package lmp.roster.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.io.Fields;
import lmp.io.InputFile;
import lmp.io.Node;
import lmp.io.Parsed;
import lmp.io.Problems;
import lmp.io.YamlTree;
import lmp.roster.Council;
import lmp.roster.HowChosen;
import lmp.roster.Member;
import lmp.roster.MemberStatus;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;
import lmp.roster.StewardDesignation;
import lmp.roster.Ubt;

/**
 * The roster YAML file, the canonical human-editable form of a roster (schema: docs/roster.md).
 * Reading reports every problem located; it checks the shape of each record (required keys, dates,
 * vocabularies, unknown keys). Rules that relate records to one another (duplicate ids, unknown
 * UBTs, overlapping holders) are {@code lmp.roster.RosterRules}.
 */
public final class RosterYaml {
    public static final int SCHEMA_VERSION = 1;

    private RosterYaml() {
    }

    public static Parsed<Roster> read(InputFile file) {
        Parsed<Roster> all = readRecords(file);
        return all.hasErrors() ? new Parsed<>(Optional.empty(), all.problems()) : all;
    }

    public static Parsed<Roster> read(Node root) {
        Parsed<Roster> all = readRecords(root);
        return all.hasErrors() ? new Parsed<>(Optional.empty(), all.problems()) : all;
    }

    /**
     * Every record that could be read, together with every problem, even when there are errors:
     * {@code roster validate} checks the cross-record rules on what could be read, so one run
     * reports shape and cross-record problems alike. A record with a shape error is left out.
     */
    public static Parsed<Roster> readRecords(InputFile file) {
        Problems problems = new Problems();
        List<Council> councils = new ArrayList<>();
        List<Ubt> ubts = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        List<RoleAssignment> roles = new ArrayList<>();
        Node root = YamlTree.parseStreaming(file, STREAMED, (key, item) -> {
            switch (key) {
                case "councils" -> item(item, problems, "a council", RosterYaml::council, councils);
                case "ubts" -> item(item, problems, "a UBT", RosterYaml::ubt, ubts);
                case "members" -> item(item, problems, "a member", RosterYaml::member, members);
                default -> item(item, problems, "a role assignment", RosterYaml::role, roles);
            }
        });
        return readTop(root, problems, councils, ubts, members, roles);
    }

    /** The top-level lists read item by item as the file is parsed, so a large roster is never held as a tree. */
    private static final Set<String> STREAMED = Set.of("councils", "ubts", "members", "roles");

    private static <T> void item(Node item, Problems problems, String what, Function<Fields, Optional<T>> reader, List<T> into) {
        Fields.of(item, problems, what).ifPresent(f -> {
            reader.apply(f).ifPresent(into::add);
            f.finish();
        });
    }

    public static Parsed<Roster> readRecords(Node root) {
        return readTop(root, new Problems(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    private static Parsed<Roster> readTop(Node root, Problems problems, List<Council> councils, List<Ubt> ubts,
                                          List<Member> members, List<RoleAssignment> roles) {
        Optional<Fields> top = Fields.of(root, problems, "the roster");
        if (top.isEmpty()) {
            return Parsed.failed(problems);
        }
        Fields f = top.get();
        f.integer("lmp_roster", SCHEMA_VERSION, SCHEMA_VERSION);
        String name = f.name("name").orElse("");
        councils.addAll(f.objects("councils", "a council", RosterYaml::council));
        ubts.addAll(f.objects("ubts", "a UBT", RosterYaml::ubt));
        members.addAll(f.objects("members", "a member", RosterYaml::member));
        roles.addAll(f.objects("roles", "a role assignment", RosterYaml::role));
        f.finish();
        return new Parsed<>(Optional.of(Roster.of(name, ubts, councils, members, roles)), problems.sorted());
    }

    private static Optional<Council> council(Fields f) {
        Optional<String> id = f.requiredText("id");
        Optional<String> area = f.requiredText("area");
        String name = f.name("name").orElse(id.orElse(""));
        if (id.isEmpty() || area.isEmpty()) return Optional.empty();
        return Optional.of(new Council(id.get(), name, area.get(), f.location()));
    }

    private static Optional<Ubt> ubt(Fields f) {
        Optional<String> id = f.requiredText("id");
        Optional<String> name = f.requiredName("name");
        Optional<String> facility = f.requiredText("facility");
        Optional<String> area = f.requiredText("area");
        Optional<String> manager = f.name("manager");
        if (id.isEmpty() || name.isEmpty() || facility.isEmpty() || area.isEmpty()) return Optional.empty();
        return Optional.of(new Ubt(id.get(), name.get(), facility.get(), area.get(), manager, f.location()));
    }

    private static Optional<Member> member(Fields f) {
        Optional<String> id = f.requiredText("id");
        Optional<String> name = f.requiredName("name");
        Optional<String> local = f.requiredText("local");
        Optional<String> unit = f.text("bargaining_unit");
        Optional<String> ubt = f.text("ubt");
        Optional<MemberStatus> status = f.choice("status", MemberStatus.spellings());
        boolean statusGiven = f.has("status");
        Optional<Boolean> goodStanding = f.bool("good_standing");
        Optional<StewardDesignation> steward = f.node("steward").flatMap(n -> Fields.of(n, f.problems(), "a steward designation")
                .flatMap(s -> {
                    Optional<LocalDate> since = s.requiredDate("since");
                    Optional<String> council = s.text("council");
                    s.finish();
                    return since.map(d -> new StewardDesignation(d, council));
                }));
        Optional<LocalDate> duesPaidThrough = f.date("dues_paid_through");
        Optional<LocalDate> memberSince = f.date("member_since");
        if (id.isEmpty() || name.isEmpty() || local.isEmpty() || (statusGiven && status.isEmpty())
                || (f.has("dues_paid_through") && duesPaidThrough.isEmpty()) || (f.has("member_since") && memberSince.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Member(id.get(), name.get(), local.get(), unit, ubt, status.orElse(MemberStatus.ACTIVE),
                goodStanding.orElse(true), steward, duesPaidThrough, memberSince, f.location()));
    }

    private static Optional<RoleAssignment> role(Fields f) {
        Optional<String> member = f.requiredText("member");
        Optional<String> roleName = f.requiredText("role");
        Optional<Role> role = roleName.flatMap(r -> {
            Optional<Role> found = Role.byId(r);
            if (found.isEmpty()) {
                f.problems().error(f.locationOf("role"), "unknown role '" + r + "'; expected one of: "
                        + String.join(", ", Role.spellings().keySet()) + Fields.suggestion(r, Role.spellings().keySet()));
            }
            return found;
        });
        Optional<String> scope = f.requiredText("scope");
        Optional<LocalDate> start = f.requiredDate("start");
        Optional<LocalDate> end = f.date("end");
        Optional<HowChosen> chosen = f.choice("chosen", HowChosen.spellings());
        Optional<LocalDate> electedOn = f.date("elected_on");
        if (member.isEmpty() || role.isEmpty() || scope.isEmpty() || start.isEmpty() || (f.has("end") && end.isEmpty())
                || (f.has("chosen") && chosen.isEmpty()) || (f.has("elected_on") && electedOn.isEmpty())) {
            return Optional.empty();
        }
        if (end.isPresent() && end.get().isBefore(start.get())) {
            f.problems().error(f.locationOf("end"), "role ends (" + end.get() + ") before it starts (" + start.get()
                    + "); check the two dates");
            return Optional.empty();
        }
        HowChosen how = chosen.orElse(defaultChosen(role.get()));
        if (electedOn.isPresent() && electedOn.get().isAfter(start.get())) {
            f.problems().error(f.locationOf("elected_on"), "elected_on (" + electedOn.get() + ") is after the term starts ("
                    + start.get() + "); the election comes before the term");
            return Optional.empty();
        }
        return Optional.of(new RoleAssignment(member.get(), role.get(), scope.get(), start.get(), end, how, electedOn, f.location()));
    }

    /** How a role is chosen when the file does not say (the guide "How Our Kaiser Partnership Works"): elected, selected by committee, or hired. */
    public static HowChosen defaultChosen(Role role) {
        return switch (role) {
            case UBT_CO_LEAD, LABOR_PARTNER, STEWARD_COUNCIL_CHAIR, UNION_OFFICER -> HowChosen.ELECTED;
            case CONTRACT_SPECIALIST -> HowChosen.SELECTED;
            case IMPROVEMENT_ADVISOR, ALLIANCE_PARTNERSHIP_REPRESENTATIVE -> HowChosen.HIRED;
        };
    }

    /** Writes the roster in canonical form: fixed key order, records in the roster's order. */
    public static void write(Roster roster, OutputStream out) throws IOException {
        RosterYamlWriter.write(roster, out);
    }

    /** The roster as plain maps and lists in canonical key order, for the YAML and JSON writers. */
    public static Map<String, Object> toDocument(Roster roster) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("lmp_roster", SCHEMA_VERSION);
        if (!roster.name().isEmpty()) doc.put("name", roster.name());
        if (!roster.councils().isEmpty()) doc.put("councils", roster.councils().stream().map(RosterYaml::councilMap).toList());
        doc.put("ubts", roster.ubts().stream().map(RosterYaml::ubtMap).toList());
        doc.put("members", roster.members().stream().map(RosterYaml::memberMap).toList());
        doc.put("roles", roster.roles().stream().map(RosterYaml::roleMap).toList());
        return doc;
    }

    private static Map<String, Object> councilMap(Council c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("area", c.area());
        return m;
    }

    private static Map<String, Object> ubtMap(Ubt u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("name", u.name());
        m.put("facility", u.facility());
        m.put("area", u.area());
        u.manager().ifPresent(x -> m.put("manager", x));
        return m;
    }

    private static Map<String, Object> memberMap(Member x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.id());
        m.put("name", x.name());
        m.put("local", x.local());
        x.bargainingUnit().ifPresent(v -> m.put("bargaining_unit", v));
        x.ubt().ifPresent(v -> m.put("ubt", v));
        m.put("status", x.status().id());
        m.put("good_standing", x.goodStanding());
        x.duesPaidThrough().ifPresent(d -> m.put("dues_paid_through", d.toString()));
        x.memberSince().ifPresent(d -> m.put("member_since", d.toString()));
        x.steward().ifPresent(s -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("since", s.since().toString());
            s.council().ifPresent(c -> sm.put("council", c));
            m.put("steward", sm);
        });
        return m;
    }

    private static Map<String, Object> roleMap(RoleAssignment r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("member", r.memberId());
        m.put("role", r.role().id());
        m.put("scope", r.scope());
        m.put("start", r.start().toString());
        r.end().ifPresent(e -> m.put("end", e.toString()));
        m.put("chosen", r.chosen().id());
        r.electedOn().ifPresent(d -> m.put("elected_on", d.toString()));
        return m;
    }

    /** The roster as canonical YAML text. */
    public static String toYaml(Roster roster) {
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            write(roster, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
