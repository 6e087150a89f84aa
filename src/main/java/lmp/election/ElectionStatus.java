package lmp.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the election file records of its own life: the {@link Stage}, the lot drawn in public for
 * ties, the head of the audit chain (so a deleted, truncated or edited log is detected), and the
 * keyed digest of the roster as certification left it (so a certified election checks clean).
 *
 * @param stage           where the election is in its life cycle
 * @param lot             the seed drawn in front of witnesses, when one was drawn
 * @param chain           the last audit record's hash and the number of records
 * @param certifiedRoster the roster's keyed digest right after certification
 */
public record ElectionStatus(Stage stage, Optional<Lot> lot, Optional<ChainHead> chain, Optional<String> certifiedRoster) {

    /** A seed drawn in public (for example numbered balls drawn from a bag in front of the observers). */
    public record Lot(String seed, List<String> witnesses, LocalDate drawnOn) {
        public Lot {
            Objects.requireNonNull(seed, "seed");
            witnesses = List.copyOf(witnesses);
            Objects.requireNonNull(drawnOn, "drawnOn");
        }
    }

    /** The head of the audit chain: how many records, and the SHA-256 of the last one's line. */
    public record ChainHead(int records, String last) {
        public ChainHead {
            Objects.requireNonNull(last, "last");
        }
    }

    public ElectionStatus {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(certifiedRoster, "certifiedRoster");
    }

    public static ElectionStatus draft() {
        return new ElectionStatus(Stage.DRAFT, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ElectionStatus withStage(Stage s) {
        return new ElectionStatus(s, lot, chain, certifiedRoster);
    }

    public ElectionStatus withLot(Lot l) {
        return new ElectionStatus(stage, Optional.of(l), chain, certifiedRoster);
    }

    public ElectionStatus withChain(ChainHead c) {
        return new ElectionStatus(stage, lot, Optional.of(c), certifiedRoster);
    }

    public ElectionStatus withoutChain() {
        return new ElectionStatus(stage, lot, Optional.empty(), certifiedRoster);
    }

    public ElectionStatus withCertifiedRoster(Optional<String> digest) {
        return new ElectionStatus(stage, lot, chain, digest);
    }
}
