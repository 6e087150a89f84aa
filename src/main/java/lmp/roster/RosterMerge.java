package lmp.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import lmp.io.Location;
import lmp.io.Problem;

/**
 * Merges imported records into a roster, each by its key: members by id, UBTs and councils by
 * id, role assignments by member, role, scope and start (so a new term is a new record and a
 * corrected end date updates the term it belongs to). Records already on the roster keep their
 * place; new ones are appended in the order they were read. Nothing is ever removed: a member
 * missing from an export may be on leave from the HR system, not gone from the union.
 *
 * <p>A record is rejected, with its location and the reason, when the same key comes twice in
 * one import (which of two rows is right is for a person to decide) or when a new member lacks
 * a name or local. Importing the same sources again finds every record unchanged.
 */
public final class RosterMerge {
    private RosterMerge() {
    }

    public enum Kind { ROSTER, COUNCIL, UBT, MEMBER, ROLE }

    public enum Action { ADDED, UPDATED, UNCHANGED }

    /** One field's old and new value, as written in files ("" for none). */
    public record FieldChange(String field, String before, String after) {
    }

    /** A record added or updated, with the place it came from. */
    public record Change(Kind kind, String key, Action action, Location source, List<FieldChange> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }

    /** The merged roster, its changes (added and updated), counts per kind and action, and rejected records. */
    public record Result(Roster roster, List<Change> changes, Map<Kind, Map<Action, Integer>> counts, List<Problem> rejected) {
        public Result {
            changes = List.copyOf(changes);
            rejected = List.copyOf(rejected);
        }

        public int count(Kind kind, Action action) {
            return counts.getOrDefault(kind, Map.of()).getOrDefault(action, 0);
        }

        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    public static Result merge(Roster base, List<? extends ImportRecord> incoming) {
        Merger merger = start(base);
        incoming.forEach(merger::add);
        return merger.result();
    }

    /** A merge fed one record at a time, as sources are read, so records need not be held in memory. */
    public static Merger start(Roster base) {
        return new Merger(base);
    }

    /** A list of records with an index from key to position, so a merge of 132,000 members stays linear. */
    private static final class Keyed<T> {
        final List<T> items;
        final Map<String, Integer> position = new HashMap<>();

        Keyed(List<T> initial, Function<T, String> key) {
            items = new ArrayList<>(initial);
            for (int i = 0; i < items.size(); i++) {
                position.putIfAbsent(key.apply(items.get(i)), i);
            }
        }

        Optional<T> get(String key) {
            Integer i = position.get(key);
            return i == null ? Optional.empty() : Optional.of(items.get(i));
        }

        void put(String key, T item) {
            Integer i = position.get(key);
            if (i == null) {
                position.put(key, items.size());
                items.add(item);
            } else {
                items.set(i, item);
            }
        }
    }

    /** Merges records into a base roster in the order they are added; {@link #result()} when all are in. */
    public static final class Merger {
        private String name;
        private final Keyed<Council> councils;
        private final Keyed<Ubt> ubts;
        private final Keyed<Member> members;
        private final Keyed<RoleAssignment> roles;
        private final List<Change> changes = new ArrayList<>();
        private final Map<Kind, Map<Action, Integer>> counts = new EnumMap<>(Kind.class);
        private final List<Problem> rejected = new ArrayList<>();
        /** Where each key was first given in this import, per kind of record. */
        private final Map<Kind, Map<String, Location>> seen = new EnumMap<>(Kind.class);

        private Merger(Roster base) {
            name = base.name();
            councils = new Keyed<>(base.councils(), Council::id);
            ubts = new Keyed<>(base.ubts(), Ubt::id);
            members = new Keyed<>(base.members(), Member::id);
            roles = new Keyed<>(base.roles(), Merger::roleKey);
        }

        static String roleKey(RoleAssignment r) {
            return r.memberId() + "\u0000" + r.role().id() + "\u0000" + r.scope() + "\u0000" + r.start();
        }

        public void add(ImportRecord rec) {
            // Java 17 has no pattern matching in switch; the interface is sealed, so this is exhaustive.
            if (rec instanceof ImportRecord.RosterName n) rosterName(n);
            else if (rec instanceof ImportRecord.CouncilRecord c) council(c.council());
            else if (rec instanceof ImportRecord.UbtRecord u) ubt(u.ubt());
            else if (rec instanceof ImportRecord.MemberUpdate m) member(m);
            else if (rec instanceof ImportRecord.RoleRecord r) role(r.role());
        }

        public Result result() {
            Roster merged = Roster.of(name, ubts.items, councils.items, members.items, roles.items);
            return new Result(merged, changes, counts, rejected);
        }

        /** False (and a rejection) when the key was already given in this import. */
        private boolean firstTime(Kind kind, String key, String words, Location at) {
            Location first = seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(key, at);
            if (first == null) return true;
            rejected.add(Problem.error(at, words + " is given twice in this import (first at " + first.render()
                    + "); keep one of the two records"));
            return false;
        }

        private void record(Kind kind, String key, Action action, Location at, List<FieldChange> fields) {
            counts.computeIfAbsent(kind, k -> new EnumMap<>(Action.class)).merge(action, 1, Integer::sum);
            if (action != Action.UNCHANGED) {
                changes.add(new Change(kind, key, action, at, fields));
            }
        }

        private void rosterName(ImportRecord.RosterName n) {
            if (!firstTime(Kind.ROSTER, "", "the roster name", n.origin())) return;
            List<FieldChange> diff = new ArrayList<>();
            compare(diff, "name", name, n.name());
            Action action = diff.isEmpty() ? Action.UNCHANGED : name.isEmpty() ? Action.ADDED : Action.UPDATED;
            record(Kind.ROSTER, "name", action, n.origin(), action == Action.ADDED ? List.of() : diff);
            name = n.name();
        }

        private void council(Council c) {
            if (!firstTime(Kind.COUNCIL, c.id(), "council " + c.id(), c.origin())) return;
            Optional<Council> old = councils.get(c.id());
            List<FieldChange> diff = new ArrayList<>();
            old.ifPresent(o -> {
                compare(diff, "name", o.name(), c.name());
                compare(diff, "area", o.area(), c.area());
            });
            record(Kind.COUNCIL, c.id(), action(old, diff), c.origin(), diff);
            if (old.isEmpty() || !diff.isEmpty()) councils.put(c.id(), c);
        }

        private void ubt(Ubt u) {
            if (!firstTime(Kind.UBT, u.id(), "UBT " + u.id(), u.origin())) return;
            Optional<Ubt> old = ubts.get(u.id());
            List<FieldChange> diff = new ArrayList<>();
            old.ifPresent(o -> {
                compare(diff, "name", o.name(), u.name());
                compare(diff, "facility", o.facility(), u.facility());
                compare(diff, "area", o.area(), u.area());
                compare(diff, "manager", o.manager().orElse(""), u.manager().orElse(""));
            });
            record(Kind.UBT, u.id(), action(old, diff), u.origin(), diff);
            if (old.isEmpty() || !diff.isEmpty()) ubts.put(u.id(), u);
        }

        private void role(RoleAssignment r) {
            String key = roleKey(r);
            String words = r.role().id() + " of member " + r.memberId() + " for '" + r.scope() + "' from " + r.start();
            if (!firstTime(Kind.ROLE, key, words, r.origin())) return;
            Optional<RoleAssignment> old = roles.get(key);
            List<FieldChange> diff = new ArrayList<>();
            old.ifPresent(o -> {
                compare(diff, "end", o.end().map(LocalDate::toString).orElse(""), r.end().map(LocalDate::toString).orElse(""));
                compare(diff, "chosen", o.chosen().id(), r.chosen().id());
                compare(diff, "elected_on", o.electedOn().map(LocalDate::toString).orElse(""),
                        r.electedOn().map(LocalDate::toString).orElse(""));
            });
            record(Kind.ROLE, r.memberId() + " " + r.role().id() + " " + r.scope() + " " + r.start(), action(old, diff),
                    r.origin(), diff);
            if (old.isEmpty() || !diff.isEmpty()) roles.put(key, r);
        }

        private void member(ImportRecord.MemberUpdate u) {
            Member in = u.values();
            if (!firstTime(Kind.MEMBER, in.id(), "member " + in.id(), in.origin())) return;
            Optional<Member> old = members.get(in.id());
            if (old.isEmpty()) {
                List<String> missing = new ArrayList<>();
                if (!u.given().contains(MemberField.NAME) || in.name().isBlank()) missing.add("name");
                if (!u.given().contains(MemberField.LOCAL) || in.local().isBlank()) missing.add("local");
                if (!missing.isEmpty()) {
                    rejected.add(Problem.error(in.origin(), "new member " + in.id() + " has no " + String.join(" and ", missing)
                            + "; a member new to the roster needs both (add the column, or map it in the mapping file)"));
                    return;
                }
            }
            Member base = old.orElse(in);
            Optional<StewardDesignation> steward = steward(u, base);
            if (steward == null) return;
            Member merged = new Member(in.id(),
                    pick(u, MemberField.NAME, in.name(), base.name()),
                    pick(u, MemberField.LOCAL, in.local(), base.local()),
                    pick(u, MemberField.BARGAINING_UNIT, in.bargainingUnit(), base.bargainingUnit()),
                    pick(u, MemberField.UBT, in.ubt(), base.ubt()),
                    pick(u, MemberField.STATUS, in.status(), base.status()),
                    pick(u, MemberField.GOOD_STANDING, in.goodStanding(), base.goodStanding()),
                    steward,
                    pick(u, MemberField.DUES_PAID_THROUGH, in.duesPaidThrough(), base.duesPaidThrough()),
                    pick(u, MemberField.MEMBER_SINCE, in.memberSince(), base.memberSince()),
                    old.map(Member::origin).orElse(in.origin()));
            List<FieldChange> diff = new ArrayList<>();
            old.ifPresent(o -> memberDiff(diff, o, merged));
            record(Kind.MEMBER, in.id(), action(old, diff), in.origin(), diff);
            if (old.isEmpty() || !diff.isEmpty()) members.put(in.id(), merged);
        }

        /** The steward designation after the update, or null (and a rejection) when it cannot be made. */
        private Optional<StewardDesignation> steward(ImportRecord.MemberUpdate u, Member base) {
            Member in = u.values();
            boolean sinceGiven = u.given().contains(MemberField.STEWARD_SINCE);
            boolean councilGiven = u.given().contains(MemberField.STEWARD_COUNCIL);
            Optional<StewardDesignation> current = base.steward();
            if (sinceGiven) {
                Optional<String> council = councilGiven ? u.stewardCouncil()
                        : current.flatMap(StewardDesignation::council);
                return in.steward().map(s -> new StewardDesignation(s.since(), council));
            }
            if (councilGiven) {
                if (current.isEmpty() && u.stewardCouncil().isPresent()) {
                    rejected.add(Problem.error(in.origin(), "member " + in.id() + " has steward council '" + u.stewardCouncil().get()
                            + "' but is not a steward; give steward_since too"));
                    return null;
                }
                return current.map(s -> new StewardDesignation(s.since(), u.stewardCouncil()));
            }
            return current;
        }

        private static <T> T pick(ImportRecord.MemberUpdate u, MemberField field, T given, T kept) {
            return u.given().contains(field) ? given : kept;
        }

        private static void memberDiff(List<FieldChange> diff, Member o, Member n) {
            compare(diff, "name", o.name(), n.name());
            compare(diff, "local", o.local(), n.local());
            compare(diff, "bargaining_unit", o.bargainingUnit().orElse(""), n.bargainingUnit().orElse(""));
            compare(diff, "ubt", o.ubt().orElse(""), n.ubt().orElse(""));
            compare(diff, "status", o.status().id(), n.status().id());
            compare(diff, "good_standing", Boolean.toString(o.goodStanding()), Boolean.toString(n.goodStanding()));
            compare(diff, "steward_since", o.steward().map(s -> s.since().toString()).orElse(""),
                    n.steward().map(s -> s.since().toString()).orElse(""));
            compare(diff, "steward_council", o.steward().flatMap(StewardDesignation::council).orElse(""),
                    n.steward().flatMap(StewardDesignation::council).orElse(""));
            compare(diff, "dues_paid_through", o.duesPaidThrough().map(LocalDate::toString).orElse(""),
                    n.duesPaidThrough().map(LocalDate::toString).orElse(""));
            compare(diff, "member_since", o.memberSince().map(LocalDate::toString).orElse(""),
                    n.memberSince().map(LocalDate::toString).orElse(""));
        }

        private static void compare(List<FieldChange> diff, String field, String before, String after) {
            if (!Objects.equals(before, after)) diff.add(new FieldChange(field, before, after));
        }

        private static Action action(Optional<?> old, List<FieldChange> diff) {
            return old.isEmpty() ? Action.ADDED : diff.isEmpty() ? Action.UNCHANGED : Action.UPDATED;
        }
    }
}
