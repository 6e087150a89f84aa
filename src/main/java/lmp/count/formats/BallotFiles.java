package lmp.count.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lmp.count.BallotBox;
import lmp.count.Ranking;
import lmp.io.Fields;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Limits;
import lmp.io.Location;
import lmp.io.Problem;

/** Reads a ballot file of any format tally reads (.blt or .csv) into a ballot box being built. */
public final class BallotFiles {
    private BallotFiles() {
    }

    public static boolean isBlt(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".blt");
    }

    public static boolean isCsv(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv");
    }

    public static boolean isYaml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Adds the ballots of {@code file} to {@code box}; BLT candidates are matched by name. */
    public static void read(InputFile file, BallotBox.Builder box, BallotCsv.Options options) {
        if (isCsv(file.name())) {
            BallotCsv.read(file, box, options);
            return;
        }
        if (!isBlt(file.name())) {
            throw InputException.at(Location.of(file.name()), "unknown ballot file type; use a .blt, .csv or .tsv file");
        }
        BallotBox blt = Blt.read(file).ballots();
        int[] map = new int[blt.candidates().size()];
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < map.length; i++) {
            String name = blt.candidates().get(i);
            map[i] = box.indexOf(name);
            if (map[i] < 0 && options.acceptNewNames()) map[i] = box.addCandidate(name);
            if (map[i] < 0) {
                // a suggestion only for the problems that are shown (see Limits.MAX_PROBLEMS)
                String hint = problems.size() < Limits.MAX_PROBLEMS ? Fields.suggestion(name, box.candidates()) : "";
                problems.add(Problem.error(Location.of(file.name()), "candidate '" + Limits.shown(name)
                        + "' of the BLT file is not a candidate of the election" + hint + "; correct the name or allow write-ins"));
            }
        }
        if (blt.ballots() > BallotBox.MAX_BALLOTS - box.total()) {
            problems.add(Problem.error(Location.of(file.name()), "the ballot files together hold more than "
                    + BallotBox.MAX_BALLOTS + " ballots; check the weights"));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        blt.forEach((ranking, weight) -> {
            int[][] ranks = new int[ranking.size()][];
            for (int r = 0; r < ranks.length; r++) {
                int[] at = ranking.candidatesAt(r);
                for (int k = 0; k < at.length; k++) at[k] = map[at[k]];
                ranks[r] = at;
            }
            box.add(Ranking.of(ranks), weight);
        });
        blt.rejected().forEach((reason, n) -> box.reject(reason, n));
    }
}
