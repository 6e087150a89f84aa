package lmp.election;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office being filled: its kind, the scope it is held in (a UBT id, an area or a council id),
 * a description (for custom offices) and the candidates with their member ids.
 */
public record Office(OfficeKind kind, String scope, Optional<String> description, List<Candidate> candidates) {
    public Office {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(description, "description");
        candidates = List.copyOf(candidates);
    }

    public Optional<Candidate> candidateNamed(String name) {
        return candidates.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** "UBT union co-lead, EVMC-ICU" or the custom description. */
    public String describe() {
        return description.orElse(kind.title()) + ", " + scope;
    }
}
