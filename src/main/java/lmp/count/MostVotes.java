package lmp.count;

import java.util.ArrayList;
import java.util.List;

/** The single round shared by plurality and approval: every mark is one vote; the most votes win. */
final class MostVotes {
    private MostVotes() {
    }

    static void count(String action, Preferences p, int seats, TieBreak ties, RoundLog log) {
        int n = p.candidateCount();
        long[] votes = new long[n];
        for (int g = 0; g < p.groups().length; g++) {
            for (int c : p.groups()[g]) votes[c] += p.weights()[g];
        }
        boolean[] taken = new boolean[n];
        List<Integer> elected = new ArrayList<>();
        int standing = p.standing();
        try {
            while (elected.size() < seats && elected.size() < standing) {
                long best = -1;
                for (int c = 0; c < n; c++) {
                    if (!p.withdrawn()[c] && !taken[c]) best = Math.max(best, votes[c]);
                }
                List<Integer> top = new ArrayList<>();
                for (int c = 0; c < n; c++) {
                    if (!p.withdrawn()[c] && !taken[c] && votes[c] == best) top.add(c);
                }
                int chosen = top.size() == 1 || top.size() <= seats - elected.size() ? top.get(0)
                        : ties.choose(1, "elect", top.stream().mapToInt(Integer::intValue).toArray(), List.of(),
                        TieBreak.Pick.HIGHEST);
                taken[chosen] = true;
                elected.add(chosen);
            }
        } finally {
            log.add(action, votes, 0, 0, elected, List.of(), -1);
        }
    }
}
