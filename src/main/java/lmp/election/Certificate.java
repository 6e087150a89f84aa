package lmp.election;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a certificate of election states: the office, method and seats, every input with its
 * SHA-256, the round-by-round result as the tally recorded it, the accounting of ballots, the
 * winners with their terms, the audit record of the tally it rests on (29 CFR 452.108: results
 * published to the members; anyone can re-run the count from the inputs named here), every tie and
 * how it was broken (with the seed and witnesses of a lot drawn in public), and every blocking item
 * the election committee overrode, with its reason.
 */
public record Certificate(String title, String office, String method, int seats, String votingLine, String certifiedOn,
                          List<AuditRecord.FileDigest> inputs, List<Round> rounds, Map<String, String> accounting,
                          List<Certification.Winner> winners, List<String> notes, String tallyReference, List<String> ties,
                          List<Override> overrides) {

    /** One round of the count: votes per candidate (decimal text, as counted), who was elected or excluded. */
    public record Round(int number, Map<String, String> votes, List<String> elected, List<String> excluded) {
        public Round {
            votes = Map.copyOf(votes);
            elected = List.copyOf(elected);
            excluded = List.copyOf(excluded);
        }
    }

    public Certificate {
        Objects.requireNonNull(title);
        Objects.requireNonNull(office);
        inputs = List.copyOf(inputs);
        rounds = List.copyOf(rounds);
        accounting = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(accounting));
        winners = List.copyOf(winners);
        notes = List.copyOf(notes);
        ties = List.copyOf(ties);
        overrides = List.copyOf(overrides);
    }
}
