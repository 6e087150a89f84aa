package lmp.roster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.SortedSet;

/**
 * Who is a member of which UBT, who is a steward, and who holds which role for which term. The
 * canonical form is the roster YAML file (docs/roster.md). Immutable; lookups by id are
 * indexed once at construction. Member ids are unique in a valid roster; a roster read with
 * duplicate ids keeps every member in {@link #members()} and indexes the first.
 */
public record Roster(String name, List<Ubt> ubts, List<Council> councils, List<Member> members, List<RoleAssignment> roles,
                     Index index) {

    public Roster {
        Objects.requireNonNull(name, "name");
        ubts = List.copyOf(ubts);
        councils = List.copyOf(councils);
        members = List.copyOf(members);
        roles = List.copyOf(roles);
        Objects.requireNonNull(index, "index");
    }

    public static Roster of(String name, List<Ubt> ubts, List<Council> councils, List<Member> members, List<RoleAssignment> roles) {
        return new Roster(name, ubts, councils, members, roles, Index.of(ubts, councils, members));
    }

    /** Lookups by id; the first of any duplicates wins. */
    public record Index(Map<String, Ubt> ubts, Map<String, Council> councils, Map<String, Member> members) {
        static Index of(List<Ubt> ubts, List<Council> councils, List<Member> members) {
            Map<String, Ubt> u = new LinkedHashMap<>();
            ubts.forEach(x -> u.putIfAbsent(x.id(), x));
            Map<String, Council> c = new LinkedHashMap<>();
            councils.forEach(x -> c.putIfAbsent(x.id(), x));
            Map<String, Member> m = new LinkedHashMap<>(members.size() * 2);
            members.forEach(x -> m.putIfAbsent(x.id(), x));
            return new Index(Collections.unmodifiableMap(u), Collections.unmodifiableMap(c), Collections.unmodifiableMap(m));
        }
    }

    public Optional<Member> member(String id) {
        return Optional.ofNullable(index.members().get(id));
    }

    public Optional<Ubt> ubt(String id) {
        return Optional.ofNullable(index.ubts().get(id));
    }

    public Optional<Council> council(String id) {
        return Optional.ofNullable(index.councils().get(id));
    }

    /** Every area named by a UBT or a council, sorted. */
    public SortedSet<String> areas() {
        SortedSet<String> s = new TreeSet<>();
        ubts.forEach(u -> s.add(u.area()));
        councils.forEach(c -> s.add(c.area()));
        return Collections.unmodifiableSortedSet(s);
    }

    public List<Member> membersOfUbt(String ubtId) {
        return members.stream().filter(m -> m.ubt().map(ubtId::equals).orElse(false)).toList();
    }

    public List<RoleAssignment> assignmentsOf(String memberId) {
        return roles.stream().filter(r -> r.memberId().equals(memberId)).toList();
    }
}
