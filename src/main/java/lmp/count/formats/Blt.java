package lmp.count.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.count.BallotBox;
import lmp.count.Ranking;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Limits;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.io.Problems;
import lmp.io.Text;
import lmp.io.TextLines;

/**
 * Reads the BLT ballot format (OpenSTV, OpaVote, Droop, Scottish councils):
 * <pre>
 * 4 2            number of candidates, seats
 * -2             optional: withdrawn candidates as negative numbers
 * [tie 3 2 1 4]  optional: tie order (used by tie-break mode 'order')
 * 3 1 3 4 0      weight, then candidate numbers in order of preference, 0 ends the ballot
 * 1 2=3 - 4 0    '=' joins candidates ranked equal (an overvote); '-' is a skipped rank
 * 0              end of ballots
 * "Adam"         candidate names in number order, then the title
 * </pre>
 * {@code #} starts a comment outside quotes. An optional ballot id in parentheses before the weight
 * is ignored. Weights are whole numbers.
 */
public final class Blt {
    /** Longest line read: far above any real ballot line, and it keeps a garbage file from exhausting memory. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    /** A BLT file read: its title, the seats it states, withdrawn candidates and the ballots. */
    public record Election(String title, int seats, List<String> withdrawn, BallotBox ballots) {
        public Election {
            withdrawn = List.copyOf(withdrawn);
        }
    }

    private Blt() {
    }

    public static Election read(InputFile file) {
        Reading r = new Reading(file.name());
        // Line by line as the file is read: a ballot file is never held whole (a large one is
        // hashed by this same pass, see InputFile).
        TextLines.read(file, MAX_LINE_CHARS, "a BLT ballot file", r::line);
        return r.finish();
    }

    /** The state of one read: header, then ballots up to the '0' line, then names and title. */
    private static final class Reading {
        private final String name;
        private final Problems problems = new Problems();
        private int candidates = -1;
        private int seats = -1;
        private int headerLine = 1;
        private int lastNonBlank = 1;
        private boolean ended;
        private final List<Integer> withdrawnNumbers = new ArrayList<>();
        private final List<Integer> tieOrder = new ArrayList<>();
        // Identical ballots are grouped as they are read, so memory grows with the number of
        // different rankings, not with the number of ballot lines.
        private final Map<Ranking, long[]> rankings = new LinkedHashMap<>();
        private final long[] total = {0};
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> nameLines = new HashMap<>();
        private String title = "";

        Reading(String name) {
            this.name = name;
        }

        void line(int number, String raw) {
            if (!raw.isBlank()) lastNonBlank = number;
            String l = stripComment(raw).strip();
            if (l.isEmpty()) return;
            Location at = Location.of(name, number);
            if (candidates < 0) {
                header(l, at, number);
            } else if (!ended) {
                ballotLine(l, at);
            } else {
                nameLine(l, at, number);
            }
        }

        private void header(String l, Location at, int number) {
            String[] t = tokens(l);
            if (t.length != 2) throw InputException.at(at, "first line should be '<candidates> <seats>', found '" + Text.shown(l) + "'");
            headerLine = number;
            candidates = positive(t[0], at, "number of candidates");
            seats = positive(t[1], at, "number of seats");
            if (candidates > Limits.MAX_CANDIDATES) {
                // Checked before any name is read: names are only stored as they come, but a
                // count of that many candidates is not an election lmp can report on.
                throw InputException.at(at, "this line says " + candidates + " candidates; lmp counts at most "
                        + Limits.MAX_CANDIDATES + " candidates; check the first line");
            }
        }

        private void ballotLine(String l, Location at) {
            if (l.startsWith("[")) {
                if (!l.endsWith("]") || !l.substring(1).strip().startsWith("tie")) {
                    problems.error(at, "unknown option line '" + Text.shown(l) + "'; lmp reads only '[tie n n ...]'");
                    return;
                }
                for (String t : l.substring(1, l.length() - 1).strip().substring(3).strip().split(" ")) {
                    if (!t.isEmpty()) tieOrder.add(candidateNumber(t, candidates, at, problems));
                }
                return;
            }
            String[] t = tokens(l);
            if (t[0].startsWith("-") && t[0].length() > 1 && rankings.isEmpty()) {
                for (String w : t) {
                    if (!w.startsWith("-")) {
                        problems.error(at, "withdrawn candidates line mixes '" + Text.shown(w) + "' with negative numbers");
                        continue;
                    }
                    withdrawnNumbers.add(candidateNumber(w.substring(1), candidates, at, problems));
                }
                return;
            }
            if (t.length == 1 && t[0].equals("0")) {
                ended = true;
                return;
            }
            ballot(t, candidates, at, problems, rankings, total);
            if (rankings.size() > Limits.MAX_DISTINCT_RANKINGS) {
                throw InputException.at(at, "more than " + Limits.MAX_DISTINCT_RANKINGS + " different rankings; lmp "
                        + "groups identical ballots, and a real election has far fewer - check this is a ballot file");
            }
        }

        private void nameLine(String l, Location at, int number) {
            for (String raw : quoted(l, at, problems)) {
                String s = Text.nfc(raw.strip());
                if (names.size() < candidates) {
                    Text.refusal(s, Text.Kind.NAME).ifPresent(why -> problems.error(at, "candidate name '" + Text.shown(s)
                            + "' " + why));
                    if (s.length() > Limits.MAX_NAME_CHARS) {
                        problems.error(at, "candidate name is longer than " + Limits.MAX_NAME_CHARS + " characters ("
                                + s.length() + "); check the names follow the '0' line");
                    }
                    Integer first = nameLines.putIfAbsent(s, number);
                    if (first != null) {
                        problems.error(at, "candidate name '" + Text.shown(s) + "' appears twice (first at line "
                                + first + "); candidate names must differ");
                    }
                    names.add(s);
                } else if (title.isEmpty()) {
                    Text.refusal(s, Text.Kind.TEXT).ifPresent(why -> problems.error(at, "title '" + Text.shown(s) + "' " + why));
                    title = s;
                }
                // text after the title (notes, sources) is ignored, as Droop and OpenSTV do
            }
        }

        Election finish() {
            if (candidates < 0) throw InputException.at(Location.of(name, 1), "empty BLT file; the first line should be '<candidates> <seats>'");
            if (!ended) {
                throw InputException.at(Location.of(name, lastNonBlank), "no '0' line ending the ballots; add a line holding only 0 after the last ballot");
            }
            if (names.size() < candidates) {
                problems.error(Location.of(name, headerLine), "this line says " + candidates + " candidates, but "
                        + names.size() + " names follow the ballots; add one quoted name per line, or correct the number");
            }
            if (problems.hasErrors()) throw new InputException(problems.sorted());
            BallotBox.Builder box = BallotBox.builder(names);
            rankings.forEach((ranking, weight) -> box.add(ranking, weight[0]));
            if (!tieOrder.isEmpty()) box.tieOrder(tieOrder.stream().map(n -> names.get(n)).toList());
            List<String> withdrawn = withdrawnNumbers.stream().map(n -> names.get(n)).distinct().toList();
            return new Election(title, seats, withdrawn, box.build());
        }
    }

    private static void ballot(String[] t, int candidates, Location at, Problems problems, Map<Ranking, long[]> rankings,
                               long[] total) {
        int k = 0;
        if (t[0].startsWith("(")) k++;
        if (k >= t.length) {
            problems.error(at, "ballot line has no weight");
            return;
        }
        java.util.OptionalLong parsed = Text.wholeNumber(t[k]);
        if (parsed.isEmpty()) {
            problems.error(at, "ballot weight should be a whole number, found '" + Text.shown(t[k]) + "'"
                    + Text.digitsHint(t[k]));
            return;
        }
        long weight = parsed.getAsLong();
        if (weight < 1) {
            problems.error(at, "ballot weight should be at least 1, found " + weight);
            return;
        }
        if (weight > BallotBox.MAX_BALLOTS - total[0]) {
            problems.error(at, "ballot weight " + weight + " takes the file past the limit of " + BallotBox.MAX_BALLOTS
                    + " ballots; check the weight");
            return;
        }
        total[0] += weight;
        if (!t[t.length - 1].equals("0")) {
            problems.error(at, "ballot line should end with 0");
            return;
        }
        int[][] ranks = new int[t.length - 2 - k][];
        for (int j = k + 1; j < t.length - 1; j++) {
            String tok = t[j];
            if (tok.equals("-")) {
                ranks[j - k - 1] = new int[0];
                continue;
            }
            String[] parts = tok.split("=");
            int[] rank = new int[parts.length];
            for (int q = 0; q < parts.length; q++) rank[q] = candidateNumber(parts[q], candidates, at, problems);
            ranks[j - k - 1] = rank;
        }
        rankings.computeIfAbsent(Ranking.of(ranks), r -> new long[1])[0] += weight;
    }

    /** 0-based index of a 1-based candidate number, or 0 after reporting a problem. */
    private static int candidateNumber(String t, int candidates, Location at, Problems problems) {
        java.util.OptionalLong n = Text.wholeNumber(t);
        if (n.isPresent() && n.getAsLong() >= 1 && n.getAsLong() <= candidates) return (int) n.getAsLong() - 1;
        problems.error(at, "'" + Text.shown(t) + "' is not a candidate number between 1 and " + candidates + Text.digitsHint(t));
        return 0;
    }

    /** The words of a line separated by spaces or tabs (no regex: a BLT file has thousands of lines). */
    private static String[] tokens(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) i++;
            if (i > start) out.add(line.substring(start, i));
        }
        return out.toArray(new String[0]);
    }

    private static int positive(String t, Location at, String what) {
        java.util.OptionalLong n = Text.wholeNumber(t);
        if (n.isPresent() && n.getAsLong() >= 1 && n.getAsLong() <= Integer.MAX_VALUE) return (int) n.getAsLong();
        throw new InputException(Problem.error(at, what + " should be a whole number of at least 1, found '"
                + Text.shown(t) + "'" + Text.digitsHint(t)));
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '#' && !quoted) return line.substring(0, i);
        }
        return line;
    }

    private static List<String> quoted(String line, Location at, Problems problems) {
        List<String> out = new ArrayList<>();
        if (!line.startsWith("\"")) {
            out.add(line);
            return out;
        }
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c != '"') {
                problems.error(at, "expected a quoted name, found '" + Text.shown(line.substring(i)) + "'");
                return out;
            }
            int end = line.indexOf('"', i + 1);
            if (end < 0) {
                problems.error(at, "unclosed quote; end the name with \"");
                return out;
            }
            out.add(line.substring(i + 1, end));
            i = end + 1;
        }
        return out;
    }
}
