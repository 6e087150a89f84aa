package lmp.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of lmp file, each recognised by its header key ({@code lmp_roster: 1}). A file given
 * where another kind is expected ({@code lmp election tally roster.yaml}) is then named in one
 * line, "this is a roster file, not an election file", instead of one line per key that the
 * expected kind does not have.
 */
public enum DocumentKind {
    ROSTER("lmp_roster", "roster", "a roster file"),
    ELECTION("lmp_election", "election", "an election file"),
    PLAN("lmp_bargaining_plan", "bargaining plan", "a bargaining plan"),
    POLICY("lmp_policy", "policy", "a role policy file"),
    MAPPING("lmp_roster_mapping", "mapping", "a roster import mapping file");

    private final String header;
    private final String word;
    private final String named;

    DocumentKind(String header, String word, String named) {
        this.header = header;
        this.word = word;
        this.named = named;
    }

    public String header() {
        return header;
    }

    /** "a roster file". */
    public String named() {
        return named;
    }

    /** The kind whose header key the mapping has, if any. */
    public static Optional<DocumentKind> of(Node.MapNode map) {
        for (DocumentKind k : values()) {
            if (map.get(k.header).isPresent()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind a reader's own name for its document ("the election file", "the roster") means. */
    static Optional<DocumentKind> named(String what) {
        String w = what.toLowerCase(Locale.ROOT);
        for (DocumentKind k : List.of(PLAN, MAPPING, POLICY, ELECTION, ROSTER)) {
            if (w.contains(k.word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * A problem when {@code map} is the top of a file of another kind than the reader expects
     * ({@code what}, its name for its document), located at the header key that gives it away.
     */
    static Optional<Problem> mismatch(Node.MapNode map, String what) {
        Optional<DocumentKind> expected = named(what);
        Optional<DocumentKind> found = of(map);
        if (expected.isEmpty() || found.isEmpty() || expected.get() == found.get()) {
            return Optional.empty();
        }
        Location at = map.get(found.get().header).map(Node::location).orElse(map.location());
        Location line = new Location(at.source(), at.line(), 1);
        return Optional.of(Problem.error(line, "this is " + found.get().named + " (" + found.get().header + "), not "
                + expected.get().named + "; check which file goes where (lmp help COMMAND lists them)"));
    }
}
