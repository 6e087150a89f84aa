package lmp.election;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every ballot accounted for (29 CFR 452.106, .108): eligible voters, voters checked off,
 * challenged voters accepted and rejected, spoiled and blank ballots, ballots counted and turnout.
 * The ballots of accepted challenges are mixed into the ballot files before they are opened
 * (452.97(b)), so the files hold every counted ballot; the voters who may have cast one are those
 * checked off plus those whose challenge was accepted. More ballots than that, or than eligible
 * voters, blocks certification ({@link CertificationGate}).
 *
 * @param checkedOff         voters marked on the check-off list, when one was recorded
 * @param votersAccounted    distinct voters checked off or with an accepted challenge, when a list was recorded
 * @param challengedAccepted challenges accepted: their ballots were mixed into the ballot files
 * @param challengedRejected challenges upheld: the envelopes were never opened
 * @param counted            ballots read from the ballot files
 * @param blank              counted ballots with no candidate marked
 * @param invalid            ballots set aside by the counting rules (e.g. overvoted plurality ballots)
 */
public record BallotAccounting(int eligible, Optional<Integer> checkedOff, Optional<Integer> votersAccounted, long challengedAccepted,
                               long challengedRejected, int spoiled, long counted, long blank, long invalid) {

    /** Ballots counted as a share of eligible voters, one decimal, half-up: "80.0%". */
    public String turnout() {
        if (eligible == 0) return "-";
        return BigDecimal.valueOf(counted * 100).divide(BigDecimal.valueOf(eligible), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** What does not add up, one line each: these block certification. */
    public List<String> imbalances() {
        List<String> w = new ArrayList<>();
        if (votersAccounted.isPresent() && counted > votersAccounted.get()) {
            w.add(counted + " ballots counted but only " + votersAccounted.get() + " voters checked off or admitted after a "
                    + "challenge; find the extra ballots before certifying");
        }
        if (counted > eligible) {
            w.add(counted + " ballots counted but only " + eligible + " eligible voters");
        }
        return w;
    }

    public List<String> warnings() {
        List<String> w = new ArrayList<>(imbalances());
        if (checkedOff.isEmpty()) {
            w.add("no check-off list recorded ('lmp election intake --checkoff FILE'), so ballots cannot be reconciled with voters");
        }
        return w;
    }

    /** Values for the audit log and the certificate, in reading order. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eligible_voters", eligible);
        checkedOff.ifPresent(c -> m.put("checked_off", c));
        m.put("challenged_accepted", challengedAccepted);
        m.put("challenged_rejected", challengedRejected);
        m.put("spoiled", spoiled);
        m.put("blank", blank);
        m.put("invalid", invalid);
        m.put("ballots_counted", counted);
        m.put("turnout", turnout());
        return m;
    }
}
