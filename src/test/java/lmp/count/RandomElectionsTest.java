package lmp.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random elections (the seed is the test's parameter, so any failure is reproducible)
 * checking invariants that hold for every count, whatever the ballots.
 */
class RandomElectionsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    private record Election(BallotBox box, CountConfig config) {
    }

    private static Election random(long seed, Method method) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 2 + rnd.nextInt(7);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < n; c++) names.add("C" + c);
        BallotBox.Builder b = BallotBox.builder(names);
        int groups = 1 + rnd.nextInt(40);
        for (int g = 0; g < groups; g++) {
            int len = rnd.nextInt(n + 2);
            int[][] ranks = new int[len][];
            for (int r = 0; r < len; r++) {
                int kind = rnd.nextInt(20);
                if (kind == 0) ranks[r] = new int[0];
                else if (kind == 1) ranks[r] = new int[] {rnd.nextInt(n), rnd.nextInt(n)};
                else ranks[r] = new int[] {rnd.nextInt(n)};
            }
            b.add(Ranking.of(ranks), 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 500));
        }
        int seats = method == Method.IRV ? 1 : 1 + rnd.nextInt(Math.min(3, n));
        List<String> withdrawn = rnd.nextInt(5) == 0 ? List.of(names.get(rnd.nextInt(n))) : List.of();
        CountConfig config = new CountConfig(method, seats,
                rnd.nextBoolean() ? CountConfig.Overvote.EXHAUST : CountConfig.Overvote.SKIP,
                rnd.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(rnd.nextInt(3)),
                rnd.nextBoolean() ? CountConfig.Duplicate.SKIP : CountConfig.Duplicate.EXHAUST, withdrawn, false,
                rnd.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 + rnd.nextInt(n)),
                CountConfig.TieBreakMode.LOT, Optional.empty());
        return new Election(b.build(), config);
    }

    private static BigDecimal total(Round round) {
        BigDecimal sum = round.exhausted().add(round.roundingLoss());
        for (BigDecimal v : round.tallies().values()) sum = sum.add(v);
        return sum;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void rankedCountsConserveVotesAndFillEverySeat(long seed) {
        for (Method m : List.of(Method.IRV, Method.STV, Method.MEEK)) {
            Election e = random(seed, m);
            Result r = Count.run(e.config(), e.box(), "seed-" + seed);
            BigDecimal valid = BigDecimal.valueOf(r.ballots().valid());
            for (Round round : r.rounds()) {
                assertThat(total(round)).as("%s seed %d round %d", m, seed, round.round()).isEqualByComparingTo(valid);
            }
            assertThat(r.ballots().read()).isEqualTo(r.ballots().valid() + r.ballots().blank() + r.ballots().invalidTotal());
            int standing = r.candidates().size();
            assertThat(r.winners()).as("%s seed %d", m, seed).hasSize(Math.min(e.config().seats(), standing));
            assertThat(r.winners()).doesNotHaveDuplicates();
            for (String w : r.withdrawn()) assertThat(r.winners()).doesNotContain(w);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void irvWinnerHoldsAMajorityOfContinuingBallotsInTheLastRound(long seed) {
        Election e = random(seed, Method.IRV);
        Result r = Count.run(e.config(), e.box(), "s");
        Round last = r.rounds().get(r.rounds().size() - 1);
        String winner = r.winners().get(0);
        BigDecimal continuing = BigDecimal.ZERO;
        for (BigDecimal v : last.tallies().values()) continuing = continuing.add(v);
        long others = last.tallies().entrySet().stream()
                .filter(en -> !en.getKey().equals(winner) && en.getValue().signum() > 0).count();
        boolean majority = last.tallies().get(winner).multiply(BigDecimal.valueOf(2)).compareTo(continuing) > 0;
        assertThat(majority || others == 0).as("seed %d: %s", seed, last.tallies()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void irvEqualsPluralityOfFirstChoicesWhenSomeoneHasAFirstRoundMajority(long seed) {
        Election e = random(seed, Method.IRV);
        Result irv = Count.run(e.config(), e.box(), "s");
        Round first = irv.rounds().get(0);
        BigDecimal valid = BigDecimal.valueOf(irv.ballots().valid());
        first.tallies().forEach((name, votes) -> {
            if (votes.multiply(BigDecimal.valueOf(2)).compareTo(valid) > 0) {
                assertThat(irv.winners()).containsExactly(name);
                assertThat(irv.rounds()).hasSize(1);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aCountIsReproducibleFromItsConfigurationAndSeed(long seed) {
        Election e = random(seed, seed % 2 == 0 ? Method.STV : Method.MEEK);
        assertThat(Count.run(e.config(), e.box(), "x")).isEqualTo(Count.run(e.config(), e.box(), "x"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void stvWinnersHoldAtLeastTheQuotaUnlessElectedAsTheLastContinuingCandidates(long seed) {
        Election e = random(seed, Method.STV);
        Result r = Count.run(e.config(), e.box(), "s");
        BigDecimal quota = r.quota().orElseThrow();
        for (Round round : r.rounds()) {
            if (round.action().contains("rule 52")) continue;
            for (String w : round.elected()) assertThat(round.tallies().get(w)).isGreaterThanOrEqualTo(quota);
        }
    }
}
