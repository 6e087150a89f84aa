package lmp.election;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every ballot accounted for (29 CFR 452.106, .108): eligible voters, voters checked off, ballots
 * cast, challenged ballots accepted and rejected, spoiled and blank ballots, ballots counted and
 * turnout. Warns when more ballots were counted than voters were checked off, the classic sign of
 * ballot stuffing or a check-off list not kept.
 *
 * @param cast              ballots in the election's ballot files (not challenged)
 * @param checkedOff        voters marked on the check-off list, when one was recorded
 * @param blank             counted ballots with no candidate marked
 * @param invalid           ballots set aside by the counting rules (e.g. overvoted plurality ballots)
 */
public record BallotAccounting(int eligible, Optional<Integer> checkedOff, long cast, long challengedAccepted,
                               long challengedRejected, int spoiled, long blank, long invalid) {

    /** Ballots that entered the count: cast plus accepted challenged ballots. */
    public long counted() {
        return cast + challengedAccepted;
    }

    /** Ballots counted as a share of eligible voters, one decimal, half-up: "80.0%". */
    public String turnout() {
        if (eligible == 0) return "-";
        return BigDecimal.valueOf(counted() * 100).divide(BigDecimal.valueOf(eligible), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (checkedOff.isPresent() && counted() > checkedOff.get()) {
            w.add(counted() + " ballots counted but only " + checkedOff.get() + " voters checked off; investigate before certifying");
        }
        if (checkedOff.isEmpty()) {
            w.add("no check-off list recorded ('lmp election intake --checkoff FILE'), so ballots cannot be reconciled with voters");
        }
        if (counted() > eligible) {
            w.add(counted() + " ballots counted but only " + eligible + " eligible voters");
        }
        return w;
    }

    /** Values for the audit log and the certificate, in reading order. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eligible_voters", eligible);
        checkedOff.ifPresent(c -> m.put("checked_off", c));
        m.put("ballots_cast", cast);
        m.put("challenged_accepted", challengedAccepted);
        m.put("challenged_rejected", challengedRejected);
        m.put("spoiled", spoiled);
        m.put("blank", blank);
        m.put("invalid", invalid);
        m.put("ballots_counted", counted());
        m.put("turnout", turnout());
        return m;
    }
}
