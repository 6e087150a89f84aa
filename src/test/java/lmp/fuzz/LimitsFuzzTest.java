package lmp.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lmp.count.BallotBox;
import lmp.count.formats.BallotCsv;
import lmp.count.formats.Blt;
import lmp.io.Fields;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Limits;
import lmp.io.Problem;

/**
 * One fuzz target per input limit (docs/reliability.md, "Limits"): the fuzzer picks a small piece
 * of text and how often it is repeated, the way the red-team inputs were made (a name 20,000 times,
 * a column 100 times, a million-character name). The contract: at most {@link Limits#MAX_PROBLEMS}
 * problems plus one "and N more" line, every line short enough to read, located, and no hang (the
 * fuzzer's timeout) or out-of-memory.
 */
class LimitsFuzzTest {

    /** A BLT whose names (and candidate count) the fuzzer chooses, repeated up to 3,000 times. */
    @FuzzTest(maxDuration = "30s")
    void bltNames(FuzzedDataProvider data) {
        int candidates = data.consumeInt(1, 3_000);
        int repeats = data.consumeInt(0, 3_000);
        String name = data.consumeString(200);
        StringBuilder blt = new StringBuilder().append(candidates).append(" 1\n1 1 0\n0\n");
        for (int i = 0; i < repeats; i++) {
            blt.append('"').append(i % 2 == 0 ? name : data.consumeString(20)).append("\"\n");
        }
        blt.append(data.consumeRemainingAsString());
        try {
            Blt.read(InputFile.ofText("fuzz.blt", blt.toString()));
        } catch (InputException e) {
            bounded(e);
        }
    }

    /** Ballot rows the fuzzer makes, repeated up to 2,000 times, against three known candidates, no write-ins. */
    @FuzzTest(maxDuration = "30s")
    void ballotCsvProblems(FuzzedDataProvider data) {
        int repeats = data.consumeInt(1, 2_000);
        String row = data.consumeString(300).replace("\n", "");
        String header = data.consumeBoolean() ? "rank1,rank2,rank3\n" : "Ana,Ben,Cy\n";
        String csv = header + (row + "\n").repeat(repeats) + data.consumeRemainingAsString();
        try {
            BallotCsv.read(InputFile.ofText("fuzz.csv", csv), BallotBox.builder(List.of("Ana", "Ben", "Cy")),
                    new BallotCsv.Options(false, false));
        } catch (InputException e) {
            bounded(e);
        }
    }

    /** A header of one column name repeated up to 20,000 times (duplicates, blanks, too many columns). */
    @FuzzTest(maxDuration = "30s")
    void csvHeaderColumns(FuzzedDataProvider data) {
        int repeats = data.consumeInt(1, 20_000);
        String column = data.consumeString(30).replace("\n", "");
        String csv = (column + ",").repeat(repeats) + "rank1\nAna\n";
        try {
            BallotCsv.read(InputFile.ofText("fuzz.csv", csv), BallotBox.builder(List.of("Ana")), new BallotCsv.Options(true, false));
        } catch (InputException e) {
            bounded(e);
        }
    }

    /** Did-you-mean with a given name of up to 100,000 characters against up to 5,000 known names. */
    @FuzzTest(maxDuration = "30s")
    void suggestion(FuzzedDataProvider data) {
        String given = data.consumeString(100).repeat(data.consumeInt(1, 1_000));
        int n = data.consumeInt(0, 5_000);
        String stem = data.consumeString(100);
        List<String> known = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            known.add(stem + i);
        }
        long start = System.nanoTime();
        String s = Fields.suggestion(given, known);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms > 2_000) {
            throw new AssertionError("suggestion took " + ms + " ms for a name of " + given.length() + " characters");
        }
        if (!s.isEmpty() && given.length() > Limits.MAX_SUGGESTION_CHARS) {
            throw new AssertionError("a suggestion for a name over the limit");
        }
    }

    private static void bounded(InputException e) {
        Located.check(e);
        List<Problem> problems = e.problems();
        if (problems.size() > Limits.MAX_PROBLEMS + 1) {
            throw new AssertionError(problems.size() + " problems listed");
        }
        for (Problem p : problems) {
            if (p.render().getBytes(StandardCharsets.UTF_8).length > 4_000) {
                throw new AssertionError("a problem line of " + p.render().length() + " characters");
            }
        }
    }
}
