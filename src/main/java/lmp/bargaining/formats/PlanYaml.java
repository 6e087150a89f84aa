package lmp.bargaining.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lmp.bargaining.Agreement;
import lmp.bargaining.LocalObservers;
import lmp.bargaining.Plan;
import lmp.bargaining.Session;
import lmp.bargaining.SessionKind;
import lmp.bargaining.Subcommittee;
import lmp.io.Fields;
import lmp.io.InputFile;
import lmp.io.Node;
import lmp.io.Parsed;
import lmp.io.Problems;
import lmp.io.YamlTree;

/**
 * The bargaining plan YAML file (schema and a full example: docs/bargaining.md). Reading checks
 * the shape of each record (required keys, dates, times, vocabularies, unknown keys) and reports
 * every problem located; rules that relate records to each other are {@link lmp.bargaining.PlanRules}.
 */
public final class PlanYaml {
    public static final int SCHEMA_VERSION = 1;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private PlanYaml() {
    }

    public static Parsed<Plan> read(InputFile file) {
        return read(YamlTree.parse(file));
    }

    public static Parsed<Plan> read(Node root) {
        Problems problems = new Problems();
        Optional<Fields> top = Fields.of(root, problems, "the bargaining plan");
        if (top.isEmpty()) {
            return Parsed.failed(problems);
        }
        Fields f = top.get();
        if (!f.has("lmp_bargaining_plan")) {
            problems.error(f.location(), "the bargaining plan is missing 'lmp_bargaining_plan: " + SCHEMA_VERSION
                    + "' (the schema version); add it as the first line");
        }
        f.integer("lmp_bargaining_plan", SCHEMA_VERSION, SCHEMA_VERSION);
        Optional<String> id = f.requiredText("id");
        Optional<LocalDate> revised = f.date("revised");
        int revision = f.integer("revision", 0, Integer.MAX_VALUE).orElse(0);
        Optional<Agreement> agreement = f.node("agreement")
                .flatMap(n -> Fields.of(n, problems, "the agreement"))
                .flatMap(PlanYaml::agreement);
        if (!f.has("agreement")) {
            problems.error(f.location(), "the bargaining plan is missing 'agreement' (name, parties, start, expires, ...)");
        }
        List<Subcommittee> subcommittees = f.objects("subcommittees", "a subcommittee", PlanYaml::subcommittee);
        List<Session> sessions = f.objects("sessions", "a session", PlanYaml::session);
        List<LocalObservers> observers = f.objects("observers", "the observers of a local", PlanYaml::observers);
        f.finish();
        if (id.isEmpty() || agreement.isEmpty()) {
            return Parsed.failed(problems);
        }
        return Parsed.of(new Plan(id.get(), agreement.get(), sessions, subcommittees, observers, revised, revision,
                f.location()), problems);
    }

    private static Optional<Agreement> agreement(Fields f) {
        Optional<String> name = f.requiredText("name");
        List<String> parties = f.textList("parties");
        Optional<String> unionGroup = f.requiredText("union_group");
        Optional<LocalDate> start = f.date("start");
        Optional<LocalDate> expires = f.requiredDate("expires");
        Optional<ZoneId> zone = f.requiredText("time_zone").flatMap(z -> zone(z, f));
        Optional<Boolean> healthCare = f.bool("health_care_institution");
        if (!f.has("health_care_institution")) {
            f.problems().error(f.location(), "the agreement is missing 'health_care_institution: true|false'; it decides "
                    + "the NLRA 8(d) notice periods (90/60 days for a health-care institution, 60/30 otherwise)");
        }
        if (parties.size() < 2 && f.has("parties")) {
            f.problems().error(f.locationOf("parties"), "'parties' should name at least the employer and the union side");
        }
        f.finish();
        if (name.isEmpty() || unionGroup.isEmpty() || (f.has("start") && start.isEmpty()) || expires.isEmpty() || zone.isEmpty()
                || healthCare.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Agreement(name.get(), parties, unionGroup.get(), start, expires.get(), zone.get(),
                healthCare.get(), f.locationOf("expires")));
    }

    private static Optional<ZoneId> zone(String text, Fields f) {
        try {
            if (!text.contains("/") && !"UTC".equals(text)) {
                throw new DateTimeException("not a region id");
            }
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            f.problems().error(f.locationOf("time_zone"), "unknown time zone '" + text
                    + "'; use an IANA name such as America/Los_Angeles");
            return Optional.empty();
        }
    }

    private static Optional<Subcommittee> subcommittee(Fields f) {
        Optional<String> id = f.requiredText("id");
        Optional<String> name = f.requiredText("name");
        List<String> topics = f.textList("topics");
        List<String> management = f.nameList("management_co_leads");
        List<String> union = f.nameList("union_co_leads");
        List<String> members = f.nameList("members");
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Subcommittee(id.get(), name.get(), topics, management, union, members, f.location()));
    }

    private static Optional<Session> session(Fields f) {
        Optional<String> id = f.requiredText("id");
        Optional<String> title = f.requiredText("title");
        Optional<SessionKind> kind = f.requiredText("kind").isPresent()
                ? f.choice("kind", SessionKind.spellings()) : Optional.empty();
        Optional<LocalDate> start;
        Optional<LocalDate> end;
        if (f.has("date")) {
            if (f.has("start") || f.has("end")) {
                f.problems().error(f.locationOf("date"), "a session has either 'date' (one day) or 'start' and 'end' "
                        + "(several days), not both");
            }
            start = f.date("date");
            end = start;
        } else if (f.has("start") || f.has("end")) {
            start = f.requiredDate("start");
            end = f.requiredDate("end");
        } else {
            f.problems().error(f.location(), "the session is missing its day; add 'date: YYYY-MM-DD', or 'start' and "
                    + "'end' for several days");
            start = Optional.empty();
            end = Optional.empty();
        }
        Optional<LocalTime> startTime = time(f, "start_time");
        Optional<LocalTime> endTime = time(f, "end_time");
        boolean timesOk = f.has("start_time") == f.has("end_time");
        if (!timesOk) {
            f.problems().error(f.location(), "give both 'start_time' and 'end_time' (HH:MM), or neither for an all-day session");
        }
        Optional<String> location = f.requiredText("location");
        String body = f.text("body").orElse(Session.CIC);
        List<String> agenda = f.textList("agenda");
        if (id.isEmpty() || title.isEmpty() || kind.isEmpty() || start.isEmpty() || end.isEmpty() || location.isEmpty()
                || !timesOk || (f.has("start_time") && startTime.isEmpty()) || (f.has("end_time") && endTime.isEmpty())) {
            return Optional.empty();
        }
        boolean virtual = location.get().equalsIgnoreCase("virtual");
        return Optional.of(new Session(id.get(), title.get(), kind.get(), start.get(), end.get(), startTime, endTime,
                virtual, virtual ? "Virtual" : location.get(), body, agenda, f.location()));
    }

    private static Optional<LocalTime> time(Fields f, String key) {
        return f.text(key).flatMap(t -> {
            try {
                return Optional.of(LocalTime.parse(t, TIME));
            } catch (DateTimeParseException e) {
                f.problems().error(f.locationOf(key), "'" + key + "' is not a valid time: '" + t
                        + "'; write times as HH:MM on a 24-hour clock, in quotes (\"09:00\")");
                return Optional.empty();
            }
        });
    }

    private static Optional<LocalObservers> observers(Fields f) {
        Optional<String> local = f.requiredText("local");
        List<String> observers = f.nameList("observers");
        List<String> alternates = f.nameList("alternates");
        return local.map(l -> new LocalObservers(l, observers, alternates, f.location()));
    }
}
