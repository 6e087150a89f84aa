package lmp.count.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lmp.count.BallotBox;
import lmp.count.Ranking;
import lmp.io.CsvInput;
import lmp.io.Fields;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Limits;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.io.Text;

/**
 * Reads ballots from CSV, in one of two layouts told apart by the header:
 * <ul>
 *   <li><b>rank columns</b>: columns {@code rank1..rankN} (also {@code rank_1}, {@code choice1},
 *       {@code choice_1}); each cell holds a candidate's name, several names separated by {@code |} for
 *       an overvote, or nothing for a skipped rank;</li>
 *   <li><b>candidate columns</b>: one column per candidate; each cell holds the rank given to that
 *       candidate (1 = first choice) or nothing. Two candidates with the same rank are an overvote; a
 *       missing rank number is a skipped rank. For plurality and approval any mark ({@code x},
 *       {@code 1}, {@code yes}) is a vote.</li>
 * </ul>
 * Both layouts may have a {@code ballot_id} column (ignored: never written anywhere, for secrecy) and
 * a {@code count} column (the number of identical ballots the row stands for, default 1). Rows are
 * streamed and grouped as they are read.
 */
public final class BallotCsv {
    /** At most this many problems are listed, then how many more; a file with more has a systematic error. */
    static final int MAX_PROBLEMS = Limits.MAX_PROBLEMS;

    /**
     * @param acceptNewNames names not yet known become candidates (write-ins allowed, or no candidate
     *                       list declared)
     * @param marks          plurality or approval: non-numeric marks count as votes
     * @param rowsRead       told after every data row, for a progress bar; reading does not depend on it
     */
    public record Options(boolean acceptNewNames, boolean marks, java.util.function.LongConsumer rowsRead) {
        /** No one is told: the reader's hot loop then runs without the extra call. */
        public static final java.util.function.LongConsumer NOBODY = rows -> { };

        public Options(boolean acceptNewNames, boolean marks) {
            this(acceptNewNames, marks, NOBODY);
        }

        public Options withRowsRead(java.util.function.LongConsumer observer) {
            return new Options(acceptNewNames, marks, observer);
        }
    }

    private BallotCsv() {
    }

    public static void read(InputFile file, BallotBox.Builder box, Options options) {
        readCountingGeneralRows(file, box, options);
    }

    /**
     * {@link #read}, returning how many data rows took the general (String) path rather than the
     * byte path. Only for tests: both paths read the same ballots, so without it a test could not
     * tell which one a row took.
     */
    static long readCountingGeneralRows(InputFile file, BallotBox.Builder box, Options options) {
        List<Problem> problems = new ArrayList<>();
        Reader[] reader = new Reader[1];
        InputFile headerLine = PlainCsvRows.headerOnly(file);
        if (headerLine != null) {
            char[] delimiter = new char[1];
            CsvInput.read(headerLine, h -> {
                reader[0] = reader(h, box, options, problems);
                delimiter[0] = h.delimiter();
            }, row -> { });
            if (reader[0] instanceof PlainReader plain) {
                if (options.rowsRead() == Options.NOBODY) {
                    PlainCsvRows.rows(file, delimiter[0], plain::plainRow);
                } else {
                    PlainCsvRows.rows(file, delimiter[0], (source, lineNumber, line, starts, ends, cells) -> {
                        plain.plainRow(source, lineNumber, line, starts, ends, cells);
                        options.rowsRead().accept(1);
                    });
                }
                if (!problems.isEmpty()) throw new InputException(withMore(problems, reader[0].dropped, file));
                reader[0].finish();
                return reader[0].generalRows;
            }
        }
        CsvInput.read(file, header -> reader[0] = reader(header, box, options, problems), row -> {
            reader[0].row(row);
            options.rowsRead().accept(1);
        });
        if (!problems.isEmpty()) throw new InputException(withMore(problems, reader[0].dropped, file));
        reader[0].finish();
        return reader[0].generalRows;
    }

    /** A reader with a byte-level path for the rows of a plain file (no quote characters). */
    private interface PlainReader {
        void plainRow(String source, int lineNumber, byte[] line, int[] starts, int[] ends, int cells);
    }

    private static List<Problem> withMore(List<Problem> problems, long dropped, InputFile file) {
        if (dropped == 0) return problems;
        List<Problem> all = new ArrayList<>(problems);
        all.add(lmp.io.Problems.andMore(file.name(), dropped, true));
        return all;
    }

    private abstract static class Reader {
        final BallotBox.Builder box;
        final Options options;
        final List<Problem> problems;
        final int countColumn;
        /** Ballots in the box before this file: the limit is on all ballot files together. */
        final long before;
        /**
         * Ballots this file's rows have taken so far, a row without a count being 1 (some wait in a
         * trie, not yet in the box; those of overvoted rows are in the box already, so the limit is
         * checked against {@link #before}, not against the box's total, which would count them twice).
         */
        long taken;
        /** Rows handed to {@link #row}, the general path (see {@link #readCountingGeneralRows}). */
        long generalRows;
        /** The header, for the width of a row. */
        CsvInput.Header header;
        /** Problems found after the first {@link #MAX_PROBLEMS}: counted, not kept. */
        long dropped;

        Reader(BallotBox.Builder box, Options options, List<Problem> problems, int countColumn) {
            this.box = box;
            this.options = options;
            this.problems = problems;
            this.countColumn = countColumn;
            this.before = box.total();
        }

        abstract void row(CsvInput.Row row);

        /** False, after a problem, for a row with more cells than the header: its last cells would be dropped. */
        boolean fits(CsvInput.Row row) {
            java.util.Optional<String> why = header.widthProblem(row, false);
            why.ifPresent(w -> problem(row.location(), w));
            return why.isEmpty();
        }

        void finish() {
        }

        void problem(Location at, String message) {
            if (problems.size() < MAX_PROBLEMS) problems.add(Problem.error(at, message));
            else dropped++;
        }

        boolean listing() {
            return problems.size() < MAX_PROBLEMS;
        }

        /** Stops a file of ever-new rankings before it fills the memory (see lmp.io.Limits). */
        void checkDistinct(int distinct, String source, int line) {
            if (distinct > Limits.MAX_DISTINCT_RANKINGS) {
                throw InputException.at(new Location(source, line, 0), "more than " + Limits.MAX_DISTINCT_RANKINGS
                        + " different rankings; lmp groups identical ballots, and a real election has far fewer - check "
                        + "this is a ballot file");
            }
        }

        /** The number of ballots a row stands for (taken from the limit), or 0 after a problem. */
        long weight(CsvInput.Row row) {
            long w = 1;
            String c = countColumn < 0 ? "" : row.cell(countColumn).strip();
            if (!c.isEmpty()) {
                java.util.OptionalLong parsed = Text.wholeNumber(c);
                if (parsed.isEmpty() || parsed.getAsLong() < 1) {
                    problem(row.location(), "count should be a whole number of at least 1, found '" + Text.shown(c) + "'"
                            + Text.digitsHint(c));
                    return 0;
                }
                w = parsed.getAsLong();
            }
            if (!fitsLimit(w)) {
                problem(row.location(), "count " + w + " takes the ballots past the limit of " + BallotBox.MAX_BALLOTS
                        + "; check the count");
                return 0;
            }
            taken += w;
            return w;
        }

        /** Whether {@code w} more ballots keep all the ballot files within {@link BallotBox#MAX_BALLOTS}. */
        boolean fitsLimit(long w) {
            return w <= BallotBox.MAX_BALLOTS - before - taken;
        }

        int candidate(String name, Location at) {
            java.util.Optional<String> why = Text.refusal(name, Text.Kind.NAME);
            if (why.isPresent()) {
                problem(at, "'" + Text.shown(name) + "' " + why.get());
                return -1;
            }
            int i = box.indexOf(name);
            if (i >= 0) return i;
            if (name.length() > Limits.MAX_NAME_CHARS) {
                problem(at, "name '" + Text.shown(name) + "' is longer than " + Limits.MAX_NAME_CHARS
                        + " characters; check the columns");
                return -1;
            }
            if (options.acceptNewNames()) {
                if (box.candidateCount() < Limits.MAX_CANDIDATES) return box.addCandidate(name);
                problem(at, "'" + Text.shown(name) + "' would be candidate number " + (Limits.MAX_CANDIDATES + 1)
                        + "; lmp counts at most " + Limits.MAX_CANDIDATES + " candidates - check the names");
                return -1;
            }
            if (!listing()) {
                dropped++; // counted only: no suggestion is worked out for a problem that is not shown
                return -1;
            }
            problem(at, "'" + Text.shown(name) + "' is not a candidate" + Fields.suggestion(name, box.candidates())
                    + "; correct the name, or allow write-ins (--write-ins, rules: write_ins: true)");
            return -1;
        }
    }

    private static Reader reader(CsvInput.Header header, BallotBox.Builder box, Options options, List<Problem> problems) {
        refuseOtherKinds(header);
        int count = header.index("count").orElse(-1);
        int id = header.index("ballot_id").orElse(-1);
        List<int[]> rankColumns = new ArrayList<>();
        for (int i = 0; i < header.names().size(); i++) {
            int n = rankNumber(header.names().get(i));
            if (n > 0) rankColumns.add(new int[] {n, i});
        }
        if (!rankColumns.isEmpty()) {
            rankColumns.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<Problem> bad = new ArrayList<>();
            boolean[] isRank = new boolean[header.names().size()];
            for (int[] r : rankColumns) isRank[r[1]] = true;
            for (int i = 0; i < header.names().size(); i++) {
                if (i != count && i != id && !isRank[i]) {
                    bad.add(Problem.error(header.location(), "column '" + Text.shown(header.names().get(i))
                            + "' is neither a rank column (rank1, rank2, ...) nor ballot_id or count; remove it"));
                }
            }
            for (int k = 0; k < rankColumns.size(); k++) {
                if (rankColumns.get(k)[0] != k + 1) {
                    bad.add(Problem.error(header.location(), "rank columns should be numbered 1, 2, 3 ... without gaps or repeats; rank "
                            + (k + 1) + " is missing or repeated"));
                    break;
                }
            }
            if (!bad.isEmpty()) throw new InputException(bad);
            int[] columns = rankColumns.stream().mapToInt(r -> r[1]).toArray();
            Reader r = new RankColumns(box, options, problems, count, columns);
            r.header = header;
            return r;
        }
        List<Integer> columns = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        List<Problem> bad = new ArrayList<>();
        for (int i = 0; i < header.names().size(); i++) {
            if (i == count || i == id) continue;
            String name = header.names().get(i);
            java.util.Optional<String> why = Text.refusal(name, Text.Kind.NAME);
            if (why.isPresent()) {
                bad.add(Problem.error(header.location(), "column '" + Text.shown(name) + "' " + why.get()));
                continue;
            }
            int c = box.indexOf(name);
            if (c < 0 && name.length() > Limits.MAX_NAME_CHARS) {
                bad.add(Problem.error(header.location(), "column " + (i + 1) + " has a name longer than " + Limits.MAX_NAME_CHARS
                        + " characters; check the header line"));
                continue;
            }
            if (c < 0 && options.acceptNewNames() && box.candidateCount() < Limits.MAX_CANDIDATES) c = box.addCandidate(name);
            if (c < 0) {
                // a suggestion only for the problems that are shown (see Limits.MAX_PROBLEMS)
                String hint = bad.size() < MAX_PROBLEMS ? Fields.suggestion(name, box.candidates()) : "";
                bad.add(Problem.error(header.location(), "column '" + Text.shown(name) + "' is not a candidate" + hint
                        + (options.acceptNewNames() ? "; lmp counts at most " + Limits.MAX_CANDIDATES + " candidates"
                        : "; name the columns rank1, rank2 ... for ranked ballots, or one column per candidate")));
                continue;
            }
            columns.add(i);
            candidates.add(c);
        }
        if (!bad.isEmpty()) throw new InputException(bad);
        Reader r = new CandidateColumns(box, options, problems, count,
                columns.stream().mapToInt(Integer::intValue).toArray(), candidates.stream().mapToInt(Integer::intValue).toArray());
        r.header = header;
        return r;
    }

    /**
     * A voter check-off list or a roster export given as ballots is refused by what it is: read as
     * candidate columns, its 'member_id' or 'voted' column would otherwise be taken for a candidate
     * (a write-in, when write-ins are allowed).
     */
    private static void refuseOtherKinds(CsvInput.Header header) {
        boolean memberId = header.index("member_id").isPresent();
        if (memberId && header.index("voted").isPresent()) {
            throw InputException.at(header.location(), "this is a voter check-off list (columns member_id, voted), not a "
                    + "ballot file; give it as the check-off list (--checkoff), and the cast ballots as --ballots");
        }
        if (memberId) {
            throw InputException.at(header.location(), "this file has a member_id column: it is a roster or a list of "
                    + "members, not a ballot file; ballots never carry a member id (29 CFR 452.97)");
        }
    }

    /** 1-based rank of a column named rank1, rank_1, choice 1 ..., or 0. */
    public static int rankNumber(String column) {
        String c = column.strip().toLowerCase(Locale.ROOT);
        String rest;
        if (c.startsWith("rank")) rest = c.substring(4);
        else if (c.startsWith("choice")) rest = c.substring(6);
        else return 0;
        if (rest.startsWith("_") || rest.startsWith(" ") || rest.startsWith("-")) rest = rest.substring(1);
        if (rest.isEmpty() || rest.length() > 4) return 0;
        for (int i = 0; i < rest.length(); i++) if (rest.charAt(i) < '0' || rest.charAt(i) > '9') return 0;
        return Integer.parseInt(rest);
    }

    private static final class RankColumns extends Reader implements PlainReader {
        private final int[] columns;
        private final int[] symbols;
        private final RankingTrie trie = new RankingTrie();
        private NameTable names;

        RankColumns(BallotBox.Builder box, Options options, List<Problem> problems, int count, int[] columns) {
            super(box, options, problems, count);
            this.columns = columns;
            this.symbols = new int[columns.length];
        }

        @Override
        void row(CsvInput.Row row) {
            generalRows++;
            if (!fits(row)) return;
            long w = weight(row);
            int last = columns.length;
            while (last > 0 && row.cell(columns[last - 1]).isBlank()) last--;
            boolean ok = w > 0;
            for (int k = 0; k < last; k++) {
                String cell = row.cell(columns[k]);
                if (cell.indexOf('|') >= 0) {
                    if (ok) overvoted(row, last, w);
                    return;
                }
                String name = cell.strip();
                if (name.isEmpty()) {
                    symbols[k] = RankingTrie.SKIPPED;
                    continue;
                }
                int c = candidate(name, row.location());
                ok &= c >= 0;
                symbols[k] = c + 1;
            }
            if (ok) {
                trie.add(symbols, last, w);
                checkDistinct(trie.distinct() + box.distinctRankings(), row.location().source(), row.location().line());
            }
        }

        /**
         * The same as {@link #row} for a row of a plain file, working on its bytes: the usual row (one
         * known name or nothing per rank, a plain count) is added without allocating; anything else
         * is turned into an ordinary row and takes the general path.
         */
        @Override
        public void plainRow(String source, int lineNumber, byte[] line, int[] starts, int[] ends, int cells) {
            if (cells > header.names().size()) {
                row(PlainCsvRows.toRow(new Location(source, lineNumber, 0), line, starts, ends, cells));
                return;
            }
            if (names == null || names.size() != box.candidateCount()) names = new NameTable(box.candidates());
            long w = 1;
            if (countColumn >= 0 && countColumn < cells) {
                w = plainCount(line, trimStart(line, starts[countColumn], ends[countColumn]),
                        trimEnd(line, starts[countColumn], ends[countColumn]));
            }
            if (w < 1 || !fitsLimit(w)) {
                row(PlainCsvRows.toRow(new Location(source, lineNumber, 0), line, starts, ends, cells));
                return;
            }
            int last = columns.length;
            while (last > 0 && (columns[last - 1] >= cells
                    || trimStart(line, starts[columns[last - 1]], ends[columns[last - 1]])
                    == trimEnd(line, starts[columns[last - 1]], ends[columns[last - 1]]))) {
                last--;
            }
            for (int k = 0; k < last; k++) {
                int col = columns[k];
                int from = col < cells ? trimStart(line, starts[col], ends[col]) : 0;
                int to = col < cells ? trimEnd(line, starts[col], ends[col]) : 0;
                if (from == to) {
                    symbols[k] = RankingTrie.SKIPPED;
                    continue;
                }
                int c = line[from] < 0 || line[to - 1] < 0 ? -1 : names.find(line, from, to);
                if (c < 0) {
                    row(PlainCsvRows.toRow(new Location(source, lineNumber, 0), line, starts, ends, cells));
                    return;
                }
                symbols[k] = c + 1;
            }
            taken += w;
            trie.add(symbols, last, w);
            if (trie.distinct() > Limits.MAX_DISTINCT_RANKINGS) checkDistinct(trie.distinct(), source, lineNumber);
        }

        /** A count cell of plain digits, 1 when empty, or 0 when it needs the general path. */
        private static long plainCount(byte[] line, int from, int to) {
            if (from == to) return 1;
            if (to - from > 18) return 0;
            long v = 0;
            for (int i = from; i < to; i++) {
                if (line[i] < '0' || line[i] > '9') return 0;
                v = v * 10 + (line[i] - '0');
            }
            return v;
        }

        private static int trimStart(byte[] line, int from, int to) {
            while (from < to && line[from] >= 0 && Character.isWhitespace((char) line[from])) from++;
            return from;
        }

        private static int trimEnd(byte[] line, int from, int to) {
            while (to > from && line[to - 1] >= 0 && Character.isWhitespace((char) line[to - 1])) to--;
            return to;
        }

        /** A row with several names in one rank: rare, so it takes the general path. */
        private void overvoted(CsvInput.Row row, int last, long w) {
            int[][] ranks = new int[last][];
            boolean ok = true;
            for (int k = 0; k < last; k++) {
                String[] names = row.cell(columns[k]).split("\\|");
                List<Integer> rank = new ArrayList<>();
                for (String n : names) {
                    if (n.isBlank()) continue;
                    int c = candidate(n.strip(), row.location());
                    ok &= c >= 0;
                    rank.add(c);
                }
                ranks[k] = rank.stream().mapToInt(Integer::intValue).toArray();
            }
            if (ok) {
                box.add(Ranking.of(ranks), w);
                checkDistinct(trie.distinct() + box.distinctRankings(), row.location().source(), row.location().line());
            }
        }

        @Override
        void finish() {
            trie.drainInto(box);
        }
    }

    private static final class CandidateColumns extends Reader implements PlainReader {
        private final int[] columns;
        private final int[] candidates;
        private final int[] rankOf;
        private final int[] symbols;
        private final RankingTrie trie = new RankingTrie();

        CandidateColumns(BallotBox.Builder box, Options options, List<Problem> problems, int count, int[] columns,
                         int[] candidates) {
            super(box, options, problems, count);
            this.columns = columns;
            this.candidates = candidates;
            this.rankOf = new int[columns.length];
            this.symbols = new int[columns.length];
        }

        /**
         * The same as {@link #row} for a row of a plain file, working on its bytes (RCTab's generic CSV
         * and survey exports are plain): a row of rank numbers from 1 to the number of candidates, at
         * most one candidate per rank, and a plain count is added to a trie without allocating;
         * anything else (a mark, an overvote, a bad number) is turned into an ordinary row and takes
         * the general path.
         */
        @Override
        public void plainRow(String source, int lineNumber, byte[] line, int[] starts, int[] ends, int cells) {
            if (cells > header.names().size()) {
                row(PlainCsvRows.toRow(new Location(source, lineNumber, 0), line, starts, ends, cells));
                return;
            }
            long w = 1;
            if (countColumn >= 0 && countColumn < cells) {
                w = RankColumns.plainCount(line, RankColumns.trimStart(line, starts[countColumn], ends[countColumn]),
                        RankColumns.trimEnd(line, starts[countColumn], ends[countColumn]));
            }
            if (w < 1 || !fitsLimit(w)) {
                row(PlainCsvRows.toRow(new Location(source, lineNumber, 0), line, starts, ends, cells));
                return;
            }
            int n = columns.length;
            java.util.Arrays.fill(symbols, RankingTrie.SKIPPED);
            int max = 0;
            for (int k = 0; k < n; k++) {
                int col = columns[k];
                if (col >= cells) continue;
                int from = RankColumns.trimStart(line, starts[col], ends[col]);
                int to = RankColumns.trimEnd(line, starts[col], ends[col]);
                if (from == to) continue;
                int r = 0;
                if (to - from > 6) r = -1;
                for (int i = from; i < to && r >= 0; i++) {
                    byte b = line[i];
                    r = b < '0' || b > '9' ? -1 : r * 10 + (b - '0');
                }
                if (r < 1 || r > n || symbols[r - 1] != RankingTrie.SKIPPED) {
                    row(PlainCsvRows.toRow(new Location(source, lineNumber, 0), line, starts, ends, cells));
                    return;
                }
                symbols[r - 1] = candidates[k] + 1;
                if (r > max) max = r;
            }
            taken += w;
            trie.add(symbols, max, w);
            if (trie.distinct() > Limits.MAX_DISTINCT_RANKINGS) checkDistinct(trie.distinct(), source, lineNumber);
        }

        @Override
        void finish() {
            trie.drainInto(box);
        }

        @Override
        void row(CsvInput.Row row) {
            generalRows++;
            if (!fits(row)) return;
            long w = weight(row);
            boolean ok = w > 0;
            int max = 0;
            for (int k = 0; k < columns.length; k++) {
                String cell = row.cell(columns[k]).strip();
                rankOf[k] = 0;
                if (cell.isEmpty()) continue;
                int r = rank(cell);
                if (r < 1) {
                    if (options.marks()) r = 1;
                    else {
                        problem(row.location(), "cell '" + Text.shown(cell) + "' for candidate '" + box.candidates().get(candidates[k])
                                + "' should be a rank number (1 = first choice) or blank");
                        ok = false;
                        continue;
                    }
                }
                if (r > columns.length) {
                    // Ranks run from 1 to the number of candidates; a larger number is a typo, and
                    // taking it at its word would make a ballot of that many (empty) ranks.
                    problem(row.location(), "rank " + r + " for candidate '" + box.candidates().get(candidates[k])
                            + "' is larger than the number of candidates (" + columns.length + "); ranks go from 1 to "
                            + columns.length);
                    ok = false;
                    continue;
                }
                rankOf[k] = r;
                max = Math.max(max, r);
            }
            if (!ok) return;
            // bucket the columns by rank: linear in the number of columns (a loop over every
            // column for every rank was quadratic in the number of candidates)
            int[] perRank = new int[max + 1];
            for (int k = 0; k < columns.length; k++) perRank[rankOf[k]]++;
            int[][] ranks = new int[max][];
            for (int r = 1; r <= max; r++) ranks[r - 1] = new int[perRank[r]];
            java.util.Arrays.fill(perRank, 0);
            for (int k = 0; k < columns.length; k++) {
                int r = rankOf[k];
                if (r > 0) ranks[r - 1][perRank[r]++] = candidates[k];
            }
            box.add(Ranking.of(ranks), w);
            checkDistinct(box.distinctRankings(), row.location().source(), row.location().line());
        }

        private static int rank(String cell) {
            if (cell.length() > 6) return -1;
            int v = 0;
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c < '0' || c > '9') return -1;
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}
