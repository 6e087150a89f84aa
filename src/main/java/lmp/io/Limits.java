package lmp.io;

/**
 * The bounds every reader keeps, so that a small hostile file cannot make lmp print for hours, run
 * out of memory or take minutes: each is checked before the work it bounds, and each is far above
 * what a real union file holds (docs/reliability.md, "Limits", says why each value).
 */
public final class Limits {
    /** Problems listed for one input; the rest are counted ("and N more"). More means a systematic error. */
    public static final int MAX_PROBLEMS = 50;
    /** Candidates in one count (BLT header, election file, CSV columns or write-ins). */
    public static final int MAX_CANDIDATES = 500;
    /** Characters in a candidate name or a title. */
    public static final int MAX_NAME_CHARS = 1_000;
    /** Columns of a CSV file. */
    public static final int MAX_COLUMNS = 10_000;
    /** Different rankings in one count (identical ballots are grouped, so this bounds the count's memory). */
    public static final int MAX_DISTINCT_RANKINGS = 2_000_000;
    /** Names longer than this get no "did you mean" (a real typo of a name is shorter). */
    public static final int MAX_SUGGESTION_CHARS = 100;

    private Limits() {
    }

    /** A name as it may appear in a message: at most 80 characters, the rest elided with its length. */
    public static String shown(String name) {
        return name.length() <= 80 ? name : name.substring(0, 60) + "... (" + name.length() + " characters)";
    }
}
