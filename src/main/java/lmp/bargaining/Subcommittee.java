package lmp.bargaining;

import java.util.List;
import java.util.Objects;
import lmp.io.Location;

/**
 * A bargaining subcommittee: subject-matter experts chosen by management and union leaders who
 * examine one set of topics and report to the CIC at check-ins; each is led jointly by a
 * management and a union co-lead (seed 002).
 */
public record Subcommittee(String id, String name, List<String> topics, List<String> managementCoLeads,
                           List<String> unionCoLeads, List<String> members, Location at) {
    public Subcommittee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        topics = List.copyOf(topics);
        managementCoLeads = List.copyOf(managementCoLeads);
        unionCoLeads = List.copyOf(unionCoLeads);
        members = List.copyOf(members);
        Objects.requireNonNull(at, "at");
    }
}
