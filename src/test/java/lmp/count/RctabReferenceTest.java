package lmp.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import lmp.count.formats.BallotCsv;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts four cases of RCTab's regression suite (src/test/resources/count/rctab, MPL-2.0, see its
 * NOTICE.md) with lmp and compares every round with RCTab's expected report: the same candidates
 * continuing, the same votes for each, the same ballots out of the count, the same candidate
 * eliminated or elected, and (where RCTab uses one) the same threshold. The configuration is read
 * from RCTab's own rctab-config.json, so a rule the mapping below does not know fails the test.
 *
 * <p>Rounds lmp groups differently from RCTab: none. RCTab drops undeclared write-ins in round 1
 * on their own; in the Minneapolis cases they are also the fewest votes of round 1 of every pass, so
 * lmp eliminates them in the same round as the lowest candidate. Two figures are reported
 * differently without changing any round:
 * <ul>
 *   <li>Ballots that can never count (in Minneapolis, 67 ballots whose only marks are overvotes, skipped
 *       under RCTab's "always skip to next rank") are invalid in lmp's ballot accounting, while RCTab
 *       counts them as inactive from round 1; so RCTab's inactive ballots = lmp's exhausted + invalid,
 *       in every round.</li>
 *   <li>Bottoms-up elects no one by a threshold, so lmp shows none; RCTab prints its multi-seat
 *       threshold (14866) without using it.</li>
 * </ul>
 */
class RctabReferenceTest {
    private static final Path ROOT = Path.of("src/test/resources/count/rctab");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void sequentialIrvFillsTheThreeMinneapolisParkSeatsPassByPassAsRctab() throws IOException {
        Path dir = ROOT.resolve("2013_minneapolis_park_sequential");
        Result r = count(dir, Method.SEQUENTIAL_IRV);
        assertThat(r.winners()).containsExactly("JOHN ERWIN", "ANNIE YOUNG", "MEG FORNEY");
        for (int pass = 1; pass <= 3; pass++) {
            final int p = pass;
            List<Round> rounds = r.rounds().stream().filter(x -> x.pass() == p).toList();
            JsonNode expected = read(dir.resolve("2013_minneapolis_park_sequential_" + pass + "_expected_detailed_report.json"));
            assertSameRounds("pass " + pass, r, rounds, expected, true);
        }
        // 10 + 9 + 8 rounds, numbered on across the passes.
        assertThat(r.rounds()).extracting(Round::round).containsExactlyElementsOf(range(27));
        assertThat(r.ties()).isEmpty();
    }

    @Test
    void bottomsUpEliminatesTheLowestUntilThreeMinneapolisCandidatesRemainAsRctab() throws IOException {
        Path dir = ROOT.resolve("2013_minneapolis_park_bottoms_up");
        Result r = count(dir, Method.BOTTOMS_UP);
        assertThat(r.winners()).containsExactlyInAnyOrder("ANNIE YOUNG", "JOHN ERWIN", "MEG FORNEY");
        // Elected together in the last round, in order of votes: Erwin 21650, Young 13914, Forney 11704.
        assertThat(r.winners()).containsExactly("JOHN ERWIN", "ANNIE YOUNG", "MEG FORNEY");
        assertSameRounds("bottoms-up", r, r.rounds(),
                read(dir.resolve("2013_minneapolis_park_bottoms_up_expected_detailed_report.json")), false);
        assertThat(r.rounds()).allSatisfy(x -> assertThat(x.threshold()).isEmpty());
        assertThat(r.ties()).isEmpty();
    }

    @Test
    void anOvervoteExhaustsOnlyWhenTwoOfItsCandidatesAreStillContinuing() throws IOException {
        Path dir = ROOT.resolve("exhaust_if_multiple_continuing");
        Result r = count(dir, Method.IRV);
        assertThat(r.winners()).containsExactly("B");
        // 'A|D,B,C' x3 exhausts at once (A and D both continue in round 1): invalid in lmp, inactive in RCTab.
        assertThat(r.ballots().invalid()).containsExactly(Map.entry(BallotRules.OVERVOTE_FIRST, 3L));
        assertSameRounds("exhaust if multiple", r, r.rounds(),
                read(dir.resolve("exhaust_if_multiple_continuing_expected_detailed_report.json")), true);
    }

    @Test
    void anOvervoteWithOneContinuingCandidateCountsForThatCandidate() throws IOException {
        Path dir = ROOT.resolve("test_set_overvote_delimiter");
        Result r = count(dir, Method.IRV);
        // C's two ballots go on to 'D|A' and 'A|D' once D is out: both count for A, who wins 5 to 3.
        assertThat(r.winners()).containsExactly("A");
        assertThat(r.rounds().get(2).tallies()).containsEntry("A", new BigDecimal(5)).containsEntry("B", new BigDecimal(3));
        assertSameRounds("overvote delimiter", r, r.rounds(),
                read(dir.resolve("test_set_overvote_delimiter_expected_detailed_report.json")), true);
        // Under plain 'exhaust' those two ballots would exhaust, and A and B would tie at 3.
        CountConfig exhaust = config(read(dir.resolve("rctab-config.json")), Method.IRV)
                .withTieBreak(CountConfig.TieBreakMode.STOP);
        exhaust = new CountConfig(exhaust.method(), 1, CountConfig.Overvote.EXHAUST, exhaust.skippedRanks(), exhaust.duplicate(),
                List.of(), false, exhaust.maxRankings(), CountConfig.TieBreakMode.STOP, Optional.empty());
        Result plain = Count.run(exhaust, box(dir, read(dir.resolve("rctab-config.json"))), "x");
        assertThat(plain.rounds().get(2).tallies()).containsEntry("A", new BigDecimal(3)).containsEntry("B", new BigDecimal(3));
    }

    private static Result count(Path dir, Method expectedMethod) throws IOException {
        JsonNode cfg = read(dir.resolve("rctab-config.json"));
        CountConfig config = config(cfg, expectedMethod);
        return Count.run(config, box(dir, cfg), "0");
    }

    private static BallotBox box(Path dir, JsonNode cfg) throws IOException {
        List<String> names = new ArrayList<>();
        for (JsonNode c : cfg.get("candidates")) names.add(c.get("name").asString());
        BallotBox.Builder b = BallotBox.builder(names);
        Path csv = dir.resolve("ballots.csv");
        // Write-ins allowed: RCTab's undeclared write-ins are one pseudo-candidate, "Undeclared Write-ins".
        BallotCsv.read(InputFile.of(csv.toString(), Files.readAllBytes(csv)), b, new BallotCsv.Options(true, false));
        return b.build();
    }

    /** lmp's configuration for RCTab's rules; a value not mapped here fails. */
    private static CountConfig config(JsonNode cfg, Method expectedMethod) {
        JsonNode rules = cfg.get("rules");
        Method method = switch (rules.get("winnerElectionMode").asString()) {
            case "singleWinnerMajority" -> Method.IRV;
            case "multiPassIrv" -> Method.SEQUENTIAL_IRV;
            case "bottomsUp" -> Method.BOTTOMS_UP;
            default -> throw new AssertionError("winner mode " + rules.get("winnerElectionMode"));
        };
        assertThat(method).isEqualTo(expectedMethod);
        CountConfig.Overvote overvote = switch (rules.get("overvoteRule").asString()) {
            case "alwaysSkipToNextRank" -> CountConfig.Overvote.SKIP;
            case "exhaustImmediately" -> CountConfig.Overvote.EXHAUST;
            case "exhaustIfMultipleContinuing" -> CountConfig.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING;
            default -> throw new AssertionError("overvote rule " + rules.get("overvoteRule"));
        };
        CountConfig.TieBreakMode tie = switch (rules.get("tiebreakMode").asString()) {
            case "useCandidateOrder" -> CountConfig.TieBreakMode.ORDER;
            case "random" -> CountConfig.TieBreakMode.LOT;
            default -> throw new AssertionError("tie-break " + rules.get("tiebreakMode"));
        };
        assertThat(rules.get("batchElimination").asBoolean()).isFalse();
        assertThat(rules.get("continueUntilTwoCandidatesRemain").asBoolean()).isFalse();
        assertThat(rules.get("multiSeatBottomsUpPercentageThreshold").asString()).isEmpty();
        String min = rules.get("minimumVoteThreshold").asString();
        assertThat(min.isEmpty() || min.equals("0")).isTrue();
        return new CountConfig(method, Integer.parseInt(rules.get("numberOfWinners").asString()), overvote,
                limit(rules.get("maxSkippedRanksAllowed").asString()),
                rules.get("exhaustOnDuplicateCandidate").asBoolean() ? CountConfig.Duplicate.EXHAUST : CountConfig.Duplicate.SKIP,
                List.of(), true, limit(rules.get("maxRankingsAllowed").asString()), tie, Optional.empty());
    }

    private static OptionalInt limit(String v) {
        return v.equals("max") || v.equals("unlimited") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
    }

    /**
     * Every expected round against lmp's round of the same number within the pass: the continuing
     * candidates and their votes, every other candidate at 0, the inactive ballots, who was elected or
     * eliminated, and the threshold when {@code thresholds}.
     */
    private static void assertSameRounds(String what, Result r, List<Round> rounds, JsonNode expected, boolean thresholds) {
        JsonNode results = expected.get("results");
        assertThat(rounds).as(what + ": rounds").hasSize(results.size());
        long invalid = r.ballots().invalidTotal();
        assertThat(r.ballots().read()).as(what + ": ballots").isEqualTo(Long.parseLong(expected.get("summary").get("totalNumBallots").asString()));
        assertThat(r.ballots().blank()).as(what + ": undervotes").isEqualTo(expected.get("summary").get("undervotes").asLong());
        for (int i = 0; i < results.size(); i++) {
            JsonNode want = results.get(i);
            Round got = rounds.get(i);
            String at = what + ", RCTab round " + want.get("round").asInt() + " = lmp round " + got.round();
            Map<String, BigDecimal> tally = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : want.get("tally").properties()) {
                tally.put(e.getKey(), new BigDecimal(e.getValue().asString()));
            }
            for (Map.Entry<String, BigDecimal> e : got.tallies().entrySet()) {
                BigDecimal v = tally.getOrDefault(e.getKey(), BigDecimal.ZERO);
                assertThat(e.getValue()).as(at + ": " + e.getKey()).isEqualByComparingTo(v);
            }
            assertThat(got.tallies().keySet()).as(at + ": candidates").containsAll(tally.keySet());
            long inactive = 0;
            for (Map.Entry<String, JsonNode> e : want.get("inactiveBallots").properties()) inactive += Long.parseLong(e.getValue().asString());
            assertThat(got.exhausted().longValueExact() + invalid).as(at + ": inactive ballots").isEqualTo(inactive);
            List<String> elected = new ArrayList<>();
            List<String> eliminated = new ArrayList<>();
            for (JsonNode t : want.get("tallyResults")) {
                if (t.has("elected")) elected.add(t.get("elected").asString());
                if (t.has("eliminated")) eliminated.add(t.get("eliminated").asString());
            }
            assertThat(got.elected()).as(at + ": elected").containsExactlyInAnyOrderElementsOf(elected);
            assertThat(got.eliminated()).as(at + ": eliminated").containsExactlyElementsOf(eliminated);
            if (thresholds) {
                assertThat(got.threshold()).as(at + ": threshold").contains(new BigDecimal(want.get("threshold").asString()));
            }
        }
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(i);
        return out;
    }

    private static JsonNode read(Path p) throws IOException {
        return JSON.readTree(Files.readString(p));
    }
}
