package lmp.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.count.Tie;
import lmp.roster.Roster;

/**
 * What blocks a certification, in one place. Certification is refused while any of these holds,
 * unless the election committee overrides that item with a recorded reason ({@link Override}):
 *
 * <ul>
 *   <li>an item of the compliance check fails (notice, list inspection, records, candidates, ...),
 *       named by its rule ({@link Compliance});</li>
 *   <li>{@code winner}: a winner is not eligible: not on the roster, not in good standing, not in
 *       the office's electorate (LMRDA 401(e); 29 CFR 452.35-.38);</li>
 *   <li>{@code accounting}: more ballots counted than voters checked off (plus accepted challenges),
 *       or than eligible voters (29 CFR 452.106, .108);</li>
 *   <li>{@code duplicates}: two ballot files with the same content, or sharing a ballot id;</li>
 *   <li>{@code lot}: a tie was decided by a lot whose seed was not drawn in public with witnesses
 *       ({@code lmp election draw}); the law sets no tie rule, bylaws commonly require a lot drawn
 *       in front of observers (29 CFR 452.107 lets candidates observe the count).</li>
 * </ul>
 */
public final class CertificationGate {

    /** One blocking item: the name an override uses, and what is wrong. */
    public record Block(String item, String message) {
    }

    private CertificationGate() {
    }

    public static List<Block> blocks(Election e, Roster roster, String rosterSha256, LocalDate asOf, TermOfOffice terms,
                                     Recount.Counted counted) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (CheckItem i : Compliance.check(e, roster, rosterSha256, asOf, terms)) {
            if (i.isViolation()) blocks.merge(i.rule(), new Block(i.rule(), i.message() + " [" + i.source() + "]"),
                    (a, b) -> new Block(a.item(), a.message() + "; " + b.message()));
        }
        List<String> winnerProblems = new ArrayList<>();
        for (String w : counted.result().winners()) {
            Optional<Candidate> c = e.office().candidateNamed(w);
            if (c.isEmpty()) {
                winnerProblems.add("winner '" + w + "' has no member id in office.candidates");
                continue;
            }
            CheckItem item = Compliance.candidateEligible(e, roster, c.get(), asOf, terms);
            if (item.isViolation()) winnerProblems.add("winner " + item.message());
        }
        if (!winnerProblems.isEmpty()) blocks.put("winner", new Block("winner", String.join("; ", winnerProblems)
                + " [LMRDA 401(e); 29 CFR 452.35-452.38]"));
        List<String> imbalance = counted.accounting().imbalances();
        if (!imbalance.isEmpty()) blocks.put("accounting", new Block("accounting", String.join("; ", imbalance)
                + " [29 CFR 452.106, 452.108]"));
        List<String> dups = BallotFileChecks.duplicates(counted.ballotFiles());
        if (!dups.isEmpty()) blocks.put("duplicates", new Block("duplicates", String.join("; ", dups)));
        List<Tie> lots = counted.lots();
        if (!lots.isEmpty()) {
            Optional<ElectionStatus.Lot> drawn = e.status().lot();
            boolean inPublic = drawn.isPresent() && drawn.get().seed().equals(counted.seed());
            if (!inPublic) {
                Tie t = lots.get(0);
                blocks.put("lot", new Block("lot", "the tie between " + String.join(", ", t.candidates()) + " in round " + t.round()
                        + " was decided by a lot whose seed (" + counted.seed() + ") was not drawn in public; draw one in front of "
                        + "witnesses with 'lmp election draw ELECTION --seed NUMBER --witness NAME', then tally again"));
            }
        }
        return List.copyOf(blocks.values());
    }
}
