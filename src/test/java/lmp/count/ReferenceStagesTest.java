package lmp.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lmp.count.formats.Blt;
import lmp.io.InputFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stage of every reference count (Droop v0.11: the ten Glasgow 2007 wards under the Scottish
 * rules, and the PRF Meek test set) against lmp's round of the same number: the votes of every
 * candidate, the transfers (change from the previous stage), the non-transferable votes and the
 * rounding loss (Scottish), the exhausted votes and the quota (Meek), who was elected and who
 * excluded or defeated in the stage, and every tie and how it went. The final block alone (what
 * {@link ReferenceElectionsTest} reads) lets a wrong stage order, a wrong boundary or a wrong round
 * number pass; this does not.
 *
 * <p>How Droop's log maps onto lmp's rounds:
 * <ul>
 *   <li>Scottish STV: a stage is Droop's "Begin Count", "Surplus transferred" or "Transfer defeated"
 *       snapshot (lmp: first preferences, a surplus transfer, an exclusion). Candidates who reach the
 *       quota in a stage are elected in that round in lmp; Droop logs them after the stage's snapshot
 *       ("Elect, transfer pending", "Elect remaining candidates"), so the elected of a stage are read
 *       from the last snapshot before the next stage. Droop logs "Defeat low candidate" before the
 *       transfer; lmp records the exclusion in the round of its transfer, which is the stage whose
 *       snapshot first shows the candidate defeated. Grouped differently: when the stage that leaves
 *       as many continuing candidates as vacancies also brings one of them to the quota (Craigton,
 *       East Centre, Govan, Pollokshields), lmp elects that one by rule 47 in the stage and the others
 *       by rule 52 in one more round, with no transfer and the same figures; Droop elects all of them
 *       as "remaining candidates" after the stage. The test checks the extra round's figures and
 *       compares the two rounds' elected together with the stage.</li>
 *   <li>Meek STV: every snapshot is a stage, except that Droop logs two candidates elected in the same
 *       iteration as two actions with identical figures (M135: C3 and C4), where lmp records one
 *       round electing both; the test merges such snapshots. In the last stage ("Elect remaining" /
 *       "Defeat remaining", where the rule makes no further transfer) Droop shows a candidate
 *       defeated in the stage before at 0 and drops its votes from the total, while lmp, which makes
 *       no transfer either, shows the votes that candidate held when defeated; only that one figure
 *       is not compared.</li>
 * </ul>
 */
class ReferenceStagesTest {
    private static final Path ROOT = Path.of("src/test/resources/count");

    static Stream<String> glasgow() throws IOException {
        return ReferenceElectionsTest.glasgow();
    }

    static Stream<String> meek() throws IOException {
        return ReferenceElectionsTest.meek();
    }

    /** One snapshot of Droop's log: the action and the figures printed under it. */
    record Snapshot(String action, Map<String, BigDecimal> votes, Map<String, String> status, Map<String, BigDecimal> figures) {
    }

    @ParameterizedTest
    @MethodSource("glasgow")
    void everyScottishStageMatchesTheReferenceCount(String election) throws IOException {
        Result r = count(election, Method.STV);
        List<Snapshot> log = parse(election, r);
        List<List<Snapshot>> stages = new ArrayList<>();
        for (Snapshot s : log) {
            if (s.action().startsWith("Count Complete")) break;
            boolean starts = s.action().startsWith("Begin Count") || s.action().startsWith("Surplus transferred")
                    || s.action().startsWith("Transfer defeated");
            if (starts) stages.add(new ArrayList<>());
            if (!s.votes().isEmpty()) stages.get(stages.size() - 1).add(s);
        }
        List<Round> rounds = new ArrayList<>(r.rounds());
        Round last = rounds.get(rounds.size() - 1);
        if (rounds.size() == stages.size() + 1 && last.action().startsWith("remaining candidates elected")) {
            // Rule 47 then rule 52 in lmp, "Elect remaining candidates" for both in Droop: the extra round
            // has no transfer and the same figures, and the two rounds together elect the same candidates.
            Round before = rounds.get(rounds.size() - 2);
            assertThat(last.transfers()).as(election + ": rule 52 round").isEmpty();
            assertThat(last.tallies()).isEqualTo(before.tallies());
            assertThat(last.exhausted()).isEqualTo(before.exhausted());
            List<String> elected = new ArrayList<>(before.elected());
            elected.addAll(last.elected());
            rounds.set(rounds.size() - 2, new Round(before.round(), before.pass(), before.action(), before.tallies(),
                    before.transfers(), elected, before.eliminated(), before.exhausted(), before.roundingLoss(), before.threshold()));
            rounds.remove(rounds.size() - 1);
        }
        assertThat(rounds).as(election + ": stages").hasSize(stages.size());
        compare(election, r, rounds, stages, "Nontransferable votes", "Residual", null);
    }

    @ParameterizedTest
    @MethodSource("meek")
    void everyMeekStageMatchesTheReferenceCount(String election) throws IOException {
        Result r = count(election, Method.MEEK);
        List<List<Snapshot>> stages = new ArrayList<>();
        Snapshot previous = null;
        for (Snapshot s : parse(election, r)) {
            if (s.action().startsWith("Count Complete")) break;
            if (s.votes().isEmpty()) continue;
            boolean sameIteration = previous != null && s.action().startsWith("Elect: ") && previous.action().startsWith("Elect: ")
                    && s.votes().equals(previous.votes());
            if (sameIteration) stages.get(stages.size() - 1).add(s);
            else stages.add(new ArrayList<>(List.of(s)));
            previous = s;
        }
        assertThat(r.rounds()).as(election + ": stages").hasSize(stages.size());
        compare(election, r, r.rounds(), stages, null, "Residual", "Quota");
        // The quota the result reports is the one of the last iteration.
        List<Snapshot> lastStage = stages.get(stages.size() - 1);
        assertThat(r.quota()).as(election + ": quota").isPresent();
        assertThat(r.quota().get()).as(election + ": quota").isEqualByComparingTo(lastStage.get(0).figures().get("Quota"));
    }

    private static void compare(String election, Result r, List<Round> rounds, List<List<Snapshot>> stages, String exhaustedKey, String residualKey,
                                String quotaKey) {
        Set<String> electedBefore = new HashSet<>();
        Set<String> defeatedBefore = new HashSet<>();
        Map<String, BigDecimal> previousVotes = null;
        for (int i = 0; i < stages.size(); i++) {
            Snapshot first = stages.get(i).get(0);
            Snapshot last = stages.get(i).get(stages.get(i).size() - 1);
            Round round = rounds.get(i);
            String at = election + " stage " + (i + 1) + " (" + first.action() + ") = lmp round " + round.round() + " ("
                    + round.action() + ")";
            boolean finalRemaining = first.action().startsWith("Elect remaining") || first.action().startsWith("Defeat remaining");
            assertThat(round.tallies().keySet()).as(at + ": candidates").containsExactlyInAnyOrderElementsOf(first.votes().keySet());
            for (Map.Entry<String, BigDecimal> e : first.votes().entrySet()) {
                if (finalRemaining && defeatedBefore.contains(e.getKey())) continue;
                assertThat(round.tallies().get(e.getKey())).as(at + ": votes of " + e.getKey()).isEqualByComparingTo(e.getValue());
            }
            if (previousVotes != null && !finalRemaining) {
                Map<String, BigDecimal> moved = new LinkedHashMap<>();
                for (Map.Entry<String, BigDecimal> e : first.votes().entrySet()) {
                    BigDecimal d = e.getValue().subtract(previousVotes.get(e.getKey()));
                    if (d.signum() != 0) moved.put(e.getKey(), d);
                }
                assertThat(round.transfers().keySet()).as(at + ": who gained or lost").containsExactlyInAnyOrderElementsOf(moved.keySet());
                moved.forEach((name, d) -> assertThat(round.transfers().get(name)).as(at + ": transfer to " + name).isEqualByComparingTo(d));
            }
            if (i == 0) assertThat(round.transfers()).as(at + ": transfers").isEmpty();
            if (exhaustedKey != null) {
                assertThat(round.exhausted()).as(at + ": " + exhaustedKey).isEqualByComparingTo(first.figures().get(exhaustedKey));
                assertThat(round.roundingLoss()).as(at + ": " + residualKey).isEqualByComparingTo(first.figures().get(residualKey));
            } else {
                assertThat(round.exhausted()).as(at + ": " + residualKey).isEqualByComparingTo(first.figures().get(residualKey));
            }
            if (quotaKey != null) {
                assertThat(round.threshold()).as(at + ": quota").isPresent();
                assertThat(round.threshold().get()).as(at + ": quota").isEqualByComparingTo(first.figures().get(quotaKey));
            }
            Set<String> elected = new HashSet<>();
            last.status().forEach((name, s) -> {
                if ((s.equals("Elected") || s.equals("Pending")) && !electedBefore.contains(name)) elected.add(name);
            });
            Set<String> defeated = new HashSet<>();
            first.status().forEach((name, s) -> {
                if (s.equals("Defeated") && !defeatedBefore.contains(name)) defeated.add(name);
            });
            if (first.action().startsWith("Defeat remaining")) {
                // The last hopefuls are defeated together once every seat is filled.
                assertThat(round.eliminated()).as(at + ": defeated").containsExactlyInAnyOrderElementsOf(defeated);
            } else {
                assertThat(round.eliminated()).as(at + ": excluded or defeated").containsExactlyInAnyOrderElementsOf(defeated);
            }
            assertThat(round.elected()).as(at + ": elected").containsExactlyInAnyOrderElementsOf(elected);
            electedBefore.addAll(elected);
            defeatedBefore.addAll(defeated);
            previousVotes = first.votes();
        }
        assertThat(r.winners()).as(election + ": winners").containsExactlyInAnyOrderElementsOf(electedBefore);
    }

    @ParameterizedTest
    @MethodSource("meek")
    void everyTieOfTheMeekReferencesIsBrokenTheSameWay(String election) throws IOException {
        Result r = count(election, Method.MEEK);
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve(election + ".reference.txt"))) {
            if (!line.startsWith("Action: Break tie")) continue;
            String body = line.substring(line.indexOf('[') + 1);
            String tied = body.substring(0, body.indexOf(']'));
            String chosen = body.substring(body.indexOf("-> ") + 3);
            List<String> names = new ArrayList<>(List.of(tied.split(", ")));
            names.sort(null);
            expected.add(names + " -> " + chosen);
        }
        List<String> actual = new ArrayList<>();
        for (Tie t : r.ties()) {
            List<String> names = new ArrayList<>(t.candidates());
            names.sort(null);
            assertThat(t.resolution()).isEqualTo("order");
            actual.add(names + " -> " + t.chosen());
        }
        assertThat(actual).as(election + ": ties").containsExactlyElementsOf(expected);
    }

    private static Result count(String election, Method method) throws IOException {
        Path blt = ROOT.resolve(election + ".blt");
        Blt.Election e = Blt.read(InputFile.of(blt.toString(), Files.readAllBytes(blt)));
        CountConfig config = CountConfig.defaults(method, e.seats()).withWithdrawn(e.withdrawn())
                .withTieBreak(CountConfig.TieBreakMode.ORDER);
        return Count.run(config, e.ballots(), "reference");
    }

    /** Droop's log as snapshots; a line "Defeated: A, B (0.00000)" names several candidates. */
    private static List<Snapshot> parse(String election, Result r) throws IOException {
        Set<String> names = new HashSet<>(r.candidates());
        List<Snapshot> out = new ArrayList<>();
        String action = null;
        Map<String, BigDecimal> votes = new LinkedHashMap<>();
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve(election + ".reference.txt"))) {
            if (line.startsWith("Action: ")) {
                if (action != null) out.add(new Snapshot(action, votes, status, figures));
                action = line.substring("Action: ".length());
                votes = new LinkedHashMap<>();
                status = new LinkedHashMap<>();
                figures = new LinkedHashMap<>();
                continue;
            }
            if (action == null || !line.startsWith("\t")) continue;
            String l = line.strip();
            int colon = l.indexOf(':');
            if (colon < 0) continue;
            String key = l.substring(0, colon);
            String value = l.substring(colon + 1).strip();
            if (Set.of("Elected", "Pending", "Hopeful", "Defeated").contains(key)) {
                int open = value.lastIndexOf(" (");
                String who = value.substring(0, open);
                BigDecimal v = new BigDecimal(value.substring(open + 2, value.length() - 1));
                List<String> each = names.contains(who) ? List.of(who) : List.of(who.split(", "));
                for (String n : each) {
                    assertThat(names).as(election + ": candidate " + n).contains(n);
                    votes.put(n, v);
                    status.put(n, key);
                }
            } else if (value.matches("-?[0-9]+\\.[0-9]+")) {
                figures.put(key, new BigDecimal(value));
            }
        }
        if (action != null) out.add(new Snapshot(action, votes, status, figures));
        return out;
    }
}
