package lmp.election;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office being filled: its kind, the scope it is held in (a UBT id, an area or a council id;
 * for a custom office also a local, a bargaining unit or a comma-separated list of UBT ids), a
 * description (for custom offices) and the candidates with their member ids.
 *
 * @param local     when present, only members of this local vote and stand (labor partners are
 *                  elected per local and area)
 * @param officials member ids of the election officials (tellers, judges, committee): one who is
 *                  also a candidate is a warning
 * @param listInspectionOnRequest whether the list-inspection dates recorded are the ones the
 *                  candidates asked for (29 CFR 452.71(a): at the candidate's option); otherwise
 *                  the list must be open for the whole 30-day period
 */
public record Office(OfficeKind kind, String scope, Optional<String> description, List<Candidate> candidates,
                     Optional<String> local, List<String> officials, boolean listInspectionOnRequest) {
    public Office {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(description, "description");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(local, "local");
        officials = List.copyOf(officials);
    }

    public Office(OfficeKind kind, String scope, Optional<String> description, List<Candidate> candidates) {
        this(kind, scope, description, candidates, Optional.empty(), List.of(), false);
    }

    public Optional<Candidate> candidateNamed(String name) {
        return candidates.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** "UBT union co-lead, EVMC-ICU" or the custom description; with the local when the electorate is limited to one. */
    public String describe() {
        return description.orElse(kind.title()) + ", " + scope + local.map(l -> " (" + l + ")").orElse("");
    }
}
