package lmp.count.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.count.BallotBox;
import lmp.count.Ranking;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.io.Problems;
import lmp.io.Text;

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
        String[] lines = file.text().split("\n", -1);
        Problems problems = new Problems();
        String name = file.name();
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].length() > MAX_LINE_CHARS) {
                throw InputException.at(Location.of(name, n + 1), "line is longer than " + MAX_LINE_CHARS
                        + " characters; this does not look like a BLT ballot file");
            }
        }
        int i = 0;
        int candidates = -1;
        int seats = -1;
        int headerLine = 1;
        // header
        for (; i < lines.length; i++) {
            String l = stripComment(lines[i]).strip();
            if (l.isEmpty()) continue;
            String[] t = tokens(l);
            Location at = Location.of(name, i + 1);
            if (t.length != 2) throw InputException.at(at, "first line should be '<candidates> <seats>', found '" + l + "'");
            headerLine = i + 1;
            candidates = positive(t[0], at, "number of candidates");
            seats = positive(t[1], at, "number of seats");
            i++;
            break;
        }
        if (candidates < 0) throw InputException.at(Location.of(name, 1), "empty BLT file; the first line should be '<candidates> <seats>'");
        List<Integer> withdrawnNumbers = new ArrayList<>();
        List<Integer> tieOrder = new ArrayList<>();
        // Identical ballots are grouped as they are read, so memory grows with the number of
        // different rankings, not with the number of ballot lines.
        Map<Ranking, long[]> rankings = new LinkedHashMap<>();
        long[] total = {0};
        boolean ended = false;
        for (; i < lines.length && !ended; i++) {
            String l = stripComment(lines[i]).strip();
            if (l.isEmpty()) continue;
            Location at = Location.of(name, i + 1);
            if (l.startsWith("[")) {
                if (!l.endsWith("]") || !l.substring(1).strip().startsWith("tie")) {
                    problems.error(at, "unknown option line '" + l + "'; lmp reads only '[tie n n ...]'");
                    continue;
                }
                for (String t : l.substring(1, l.length() - 1).strip().substring(3).strip().split(" ")) {
                    if (!t.isEmpty()) tieOrder.add(candidateNumber(t, candidates, at, problems));
                }
                continue;
            }
            String[] t = tokens(l);
            if (t[0].startsWith("-") && t[0].length() > 1 && rankings.isEmpty()) {
                for (String w : t) {
                    if (!w.startsWith("-")) {
                        problems.error(at, "withdrawn candidates line mixes '" + w + "' with negative numbers");
                        continue;
                    }
                    withdrawnNumbers.add(candidateNumber(w.substring(1), candidates, at, problems));
                }
                continue;
            }
            if (t.length == 1 && t[0].equals("0")) {
                ended = true;
                continue;
            }
            ballot(t, candidates, at, problems, rankings, total);
        }
        if (!ended) {
            throw InputException.at(Location.of(name, lastNonBlank(lines)), "no '0' line ending the ballots; add a line holding only 0 after the last ballot");
        }
        List<String> names = new ArrayList<>();
        List<Integer> nameLines = new ArrayList<>();
        String title = "";
        for (; i < lines.length; i++) {
            String l = stripComment(lines[i]).strip();
            if (l.isEmpty()) continue;
            Location at = Location.of(name, i + 1);
            for (String raw : quoted(l, at, problems)) {
                String s = Text.nfc(raw.strip());
                if (names.size() < candidates) {
                    Text.refusal(s, Text.Kind.NAME).ifPresent(why -> problems.error(at, "candidate name '" + Text.shown(s)
                            + "' " + why));
                    names.add(s);
                    nameLines.add(i + 1);
                }
                else if (title.isEmpty()) {
                    Text.refusal(s, Text.Kind.TEXT).ifPresent(why -> problems.error(at, "title '" + Text.shown(s) + "' " + why));
                    title = s;
                }
                // text after the title (notes, sources) is ignored, as Droop and OpenSTV do
            }
        }
        if (names.size() < candidates) {
            problems.error(Location.of(name, headerLine), "this line says " + candidates + " candidates, but "
                    + names.size() + " names follow the ballots; add one quoted name per line, or correct the number");
        }
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                if (names.get(a).equals(names.get(b))) {
                    problems.error(Location.of(name, nameLines.get(b)), "candidate name '" + Text.shown(names.get(a)) + "' appears twice (first at line "
                            + nameLines.get(a) + "); candidate names must differ");
                }
            }
        }
        if (problems.hasErrors()) throw new InputException(problems.sorted());
        BallotBox.Builder box = BallotBox.builder(names);
        rankings.forEach((ranking, weight) -> box.add(ranking, weight[0]));
        if (!tieOrder.isEmpty()) box.tieOrder(tieOrder.stream().map(n -> names.get(n)).toList());
        List<String> withdrawn = withdrawnNumbers.stream().map(n -> names.get(n)).distinct().toList();
        return new Election(title, seats, withdrawn, box.build());
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

    /** 1-based number of the last line holding anything, so a message points at text, not past the end. */
    private static int lastNonBlank(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) return i + 1;
        }
        return 1;
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
                problems.error(at, "expected a quoted name, found '" + line.substring(i) + "'");
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
