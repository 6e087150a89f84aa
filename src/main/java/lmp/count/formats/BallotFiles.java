package lmp.count.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lmp.count.BallotBox;
import lmp.count.Ranking;
import lmp.io.Fields;
import lmp.io.InputException;
import lmp.io.InputFile;
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

    /**
     * Refuses a file given as cast ballots that is plainly something else, saying what it is: an
     * election file or a roster (YAML), a voter check-off list, a roster export (a member_id
     * column: ballots never carry one, 29 CFR 452.97), or a file of no ballot type. Taking such a
     * file in used to be accepted and only failed, or worse counted, later.
     */
    public static void refuseOtherKinds(InputFile file) {
        String first = firstContentLine(file);
        Location at = Location.of(file.name(), 1);
        if (isYaml(file.name()) || file.name().toLowerCase(Locale.ROOT).endsWith(".json") || first.startsWith("lmp_")) {
            String key = first.contains(":") ? first.substring(0, first.indexOf(':')).strip() : first;
            String what = switch (key) {
                case "lmp_election" -> "an election file";
                case "lmp_roster" -> "a roster";
                case "lmp_roster_mapping" -> "a roster mapping file";
                default -> "a YAML or JSON file";
            };
            throw InputException.at(at, "this is " + what + ", not a ballot file; cast ballots are a .blt, .csv or .tsv file");
        }
        if (isCsv(file.name())) {
            List<String> columns = new ArrayList<>();
            for (String c : first.split("[,;\t]")) columns.add(c.strip().replace("\"", "").toLowerCase(Locale.ROOT));
            if (columns.contains("member_id") && columns.contains("voted")) {
                throw InputException.at(at, "this is a voter check-off list (columns member_id, voted), not a ballot file;"
                        + " give it as the check-off list (--checkoff)");
            }
            if (columns.contains("member_id")) {
                throw InputException.at(at, "this file has a member_id column: it is a roster or a list of members, not a"
                        + " ballot file; ballots never carry a member id (29 CFR 452.97)");
            }
            return;
        }
        if (!isBlt(file.name())) {
            throw InputException.at(Location.of(file.name()), "unknown ballot file type; use a .blt, .csv or .tsv file");
        }
    }

    /** The first line that is neither blank nor a comment, without a byte-order mark. */
    private static String firstContentLine(InputFile file) {
        byte[] head;
        try (java.io.InputStream in = file.stream()) {
            head = in.readNBytes(4096);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        for (String l : text.split("\r?\n")) {
            if (!l.isBlank() && !l.strip().startsWith("#")) return l.strip();
        }
        return "";
    }

    /** Adds the ballots of {@code file} to {@code box}; BLT candidates are matched by name. */
    public static void read(InputFile file, BallotBox.Builder box, BallotCsv.Options options) {
        refuseOtherKinds(file);
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
                problems.add(Problem.error(Location.of(file.name()), "candidate '" + name + "' of the BLT file is not a candidate of the election"
                        + Fields.suggestion(name, box.candidates()) + "; correct the name or allow write-ins"));
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
