package lmp.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping into domain values, adding a located {@link Problem} for
 * every field that is missing, of the wrong kind or unparseable, and, on {@link #finish()}, for
 * every key nobody asked for (with a "did you mean" when a known key is close). Readers of every
 * YAML format use this, so all formats report mistakes the same way.
 */
public final class Fields {
    private final Node.MapNode map;
    private final Problems problems;
    private final String what;
    private final Set<String> asked = new HashSet<>();
    /** Keys whose value was refused by the text rules (already reported: not also "missing"). */
    private final Set<String> refused = new HashSet<>();

    private Fields(Node.MapNode map, Problems problems, String what) {
        this.map = map;
        this.problems = problems;
        this.what = what;
    }

    /** Fields of {@code node}, which must be a mapping; otherwise a problem is added and empty is returned. */
    public static Optional<Fields> of(Node node, Problems problems, String what) {
        if (node instanceof Node.MapNode m) {
            return Optional.of(new Fields(m, problems, what));
        }
        problems.error(node.location(), what + " should be a mapping of 'key: value' lines, found " + node.describe());
        return Optional.empty();
    }

    public Location location() {
        return map.location();
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        asked.add(key);
        Optional<Node> n = map.get(key);
        return n.isPresent() && !(n.get() instanceof Node.Scalar s && s.isNull());
    }

    public Optional<Node> node(String key) {
        asked.add(key);
        return map.get(key).filter(n -> !(n instanceof Node.Scalar s && s.isNull()));
    }

    /** Where a key's value is, or the mapping itself when the key is absent. */
    public Location locationOf(String key) {
        return map.get(key).map(Node::location).orElse(map.location());
    }

    /** A text value, in NFC, refused (with a located problem) when it breaks the {@link Text} rules for any text. */
    public Optional<String> text(String key) {
        return text(key, Text.Kind.TEXT);
    }

    /**
     * The name of a person or thing that is compared by name (a member, a candidate, a UBT): the
     * {@link Text} rules for names apply (no mixed-script words, no look-alike spaces, ...).
     */
    public Optional<String> name(String key) {
        return text(key, Text.Kind.NAME);
    }

    private Optional<String> text(String key, Text.Kind kind) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() instanceof Node.Scalar s) {
            String t = s.text().strip();
            if (t.isEmpty()) return Optional.empty();
            Optional<String> why = Text.refusal(t, kind);
            if (why.isPresent()) {
                refused.add(key);
                problems.error(n.get().location(), "'" + key + "' of " + what + " ('" + Text.shown(t) + "') " + why.get());
                return Optional.empty();
            }
            return Optional.of(t);
        }
        problems.error(n.get().location(), "'" + key + "' of " + what + " should be a single value, found " + n.get().describe());
        return Optional.empty();
    }

    public Optional<String> requiredText(String key) {
        return required(key, text(key));
    }

    public Optional<String> requiredName(String key) {
        return required(key, name(key));
    }

    private Optional<String> required(String key, Optional<String> t) {
        if (t.isEmpty() && !refused.contains(key) && !(map.get(key).isPresent() && !(map.get(key).get() instanceof Node.Scalar))) {
            problems.error(map.get(key).map(Node::location).orElse(map.location()),
                    what + " is missing '" + key + "'; add '" + key + ": ...'");
        }
        return t;
    }

    public Optional<LocalDate> date(String key) {
        return text(key).flatMap(t -> parseDate(t, locationOf(key), key));
    }

    public Optional<LocalDate> requiredDate(String key) {
        return requiredText(key).flatMap(t -> parseDate(t, locationOf(key), key));
    }

    private Optional<LocalDate> parseDate(String t, Location at, String key) {
        Optional<LocalDate> d = Text.isoDate(t);
        if (d.isEmpty()) {
            problems.error(at, "'" + key + "' is not a valid date: '" + Text.shown(t) + "'"
                    + (Text.isDateShaped(t) ? " (no such day in the calendar)" : "")
                    + "; write dates as YYYY-MM-DD");
        }
        return d;
    }

    public Optional<Boolean> bool(String key) {
        Optional<String> t = text(key);
        if (t.isEmpty()) return Optional.empty();
        return switch (t.get()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.error(locationOf(key), "'" + key + "' should be true or false, found '" + t.get() + "'");
                yield Optional.empty();
            }
        };
    }

    public Optional<Integer> integer(String key, int min, int max) {
        Optional<String> t = text(key);
        if (t.isEmpty()) return Optional.empty();
        java.util.OptionalLong n = Text.wholeNumber(t.get());
        if (n.isEmpty()) {
            problems.error(locationOf(key), "'" + key + "' should be a whole number, found '" + Text.shown(t.get()) + "'"
                    + Text.digitsHint(t.get()));
            return Optional.empty();
        }
        long v = n.getAsLong();
        if (v < min || v > max) {
            problems.error(locationOf(key), "'" + key + "' should be between " + min + " and " + max + ", found " + v);
            return Optional.empty();
        }
        return Optional.of((int) v);
    }

    /** A value from a fixed vocabulary, looked up by its spelling in files. */
    public <T> Optional<T> choice(String key, Map<String, T> byName) {
        Optional<String> t = text(key);
        if (t.isEmpty()) return Optional.empty();
        T v = byName.get(t.get().toLowerCase(Locale.ROOT));
        if (v == null) {
            problems.error(locationOf(key), "'" + key + "' has unknown value '" + t.get() + "'; expected one of: "
                    + String.join(", ", byName.keySet()) + suggestion(t.get(), byName.keySet()));
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** The items of a list-valued key (empty when absent); each item is passed on as a node. */
    public List<Node> list(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) return List.of();
        if (n.get() instanceof Node.ListNode l) return l.items();
        problems.error(n.get().location(), "'" + key + "' of " + what + " should be a list (lines starting with '- '), found "
                + n.get().describe());
        return List.of();
    }

    /** A list of single values, such as a list of names. */
    public List<String> textList(String key) {
        return textList(key, Text.Kind.TEXT);
    }

    /** A list of names (members, candidates, people): the {@link Text} rules for names apply to each. */
    public List<String> nameList(String key) {
        return textList(key, Text.Kind.NAME);
    }

    private List<String> textList(String key, Text.Kind kind) {
        List<String> out = new ArrayList<>();
        for (Node item : list(key)) {
            if (item instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank()) {
                String t = s.text().strip();
                Optional<String> why = Text.refusal(t, kind);
                if (why.isPresent()) {
                    problems.error(item.location(), "'" + Text.shown(t) + "' in '" + key + "' " + why.get());
                } else {
                    out.add(t);
                }
            } else {
                problems.error(item.location(), "each item of '" + key + "' should be a single value, found " + item.describe());
            }
        }
        return out;
    }

    public <T> List<T> objects(String key, String itemWhat, Function<Fields, Optional<T>> reader) {
        List<T> out = new ArrayList<>();
        for (Node item : list(key)) {
            Fields.of(item, problems, itemWhat).ifPresent(f -> {
                reader.apply(f).ifPresent(out::add);
                f.finish();
            });
        }
        return out;
    }

    /** Reports keys present in the mapping that no reader asked for. Call once, after reading. */
    public void finish() {
        for (Node.Entry e : map.entries().values()) {
            if (!asked.contains(e.key())) {
                problems.error(e.keyLocation(), "unknown key '" + e.key() + "' in " + what
                        + suggestion(e.key(), asked) + "; remove it or check the spelling");
            }
        }
    }

    /** " (did you mean 'x'?)" when a known word is within two edits of the given one. */
    public static String suggestion(String given, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(given.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
