package lmp.roster.formats;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lmp.roster.Council;
import lmp.roster.Member;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;
import lmp.roster.StewardDesignation;
import lmp.roster.Ubt;

/**
 * Writes a roster as canonical YAML: fixed key order, records in roster order, '\n' line ends,
 * a text written plain only when it cannot be read as anything else, otherwise double-quoted.
 * Written by hand rather than through a general YAML emitter because the roster format is small
 * and fixed, and the general emitter took over a second for a 132,000-member roster.
 */
final class RosterYamlWriter {
    /** Plain scalars YAML 1.2 would read as something other than text. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

    private final StringBuilder sb = new StringBuilder(256);
    private final OutputStream out;

    private RosterYamlWriter(OutputStream out) {
        this.out = out;
    }

    static void write(Roster roster, OutputStream stream) throws IOException {
        OutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
        new RosterYamlWriter(buffered).roster(roster);
        buffered.flush();
    }

    private void roster(Roster r) throws IOException {
        sb.append("lmp_roster: ").append(RosterYaml.SCHEMA_VERSION).append('\n');
        if (!r.name().isEmpty()) key("", "name", r.name());
        if (!r.councils().isEmpty()) {
            sb.append("councils:\n");
            for (Council c : r.councils()) {
                key("- ", "id", c.id());
                key("  ", "name", c.name());
                key("  ", "area", c.area());
                flush();
            }
        }
        list("ubts", r.ubts());
        for (Ubt u : r.ubts()) {
            key("- ", "id", u.id());
            key("  ", "name", u.name());
            key("  ", "facility", u.facility());
            key("  ", "area", u.area());
            if (u.manager().isPresent()) key("  ", "manager", u.manager().get());
            flush();
        }
        list("members", r.members());
        for (Member m : r.members()) {
            key("- ", "id", m.id());
            key("  ", "name", m.name());
            key("  ", "local", m.local());
            if (m.bargainingUnit().isPresent()) key("  ", "bargaining_unit", m.bargainingUnit().get());
            if (m.ubt().isPresent()) key("  ", "ubt", m.ubt().get());
            sb.append("  status: ").append(m.status().id()).append('\n');
            sb.append("  good_standing: ").append(m.goodStanding()).append('\n');
            if (m.duesPaidThrough().isPresent()) sb.append("  dues_paid_through: ").append(m.duesPaidThrough().get()).append('\n');
            if (m.memberSince().isPresent()) sb.append("  member_since: ").append(m.memberSince().get()).append('\n');
            if (m.steward().isPresent()) {
                StewardDesignation s = m.steward().get();
                sb.append("  steward:\n    since: ").append(s.since()).append('\n');
                if (s.council().isPresent()) key("    ", "council", s.council().get());
            }
            flush();
        }
        list("roles", r.roles());
        for (RoleAssignment a : r.roles()) {
            key("- ", "member", a.memberId());
            sb.append("  role: ").append(a.role().id()).append('\n');
            key("  ", "scope", a.scope());
            sb.append("  start: ").append(a.start()).append('\n');
            if (a.end().isPresent()) sb.append("  end: ").append(a.end().get()).append('\n');
            sb.append("  chosen: ").append(a.chosen().id()).append('\n');
            if (a.electedOn().isPresent()) sb.append("  elected_on: ").append(a.electedOn().get()).append('\n');
            flush();
        }
        flush();
    }

    private void list(String key, List<?> items) {
        sb.append(key).append(items.isEmpty() ? ": []\n" : ":\n");
    }

    private void key(String indent, String key, String value) {
        sb.append(indent).append(key).append(": ");
        scalar(sb, value);
        sb.append('\n');
    }

    /** Writes the record built so far as UTF-8 (straight from the string, without a char buffer in between). */
    private void flush() throws IOException {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
    }

    /** Appends a text value: plain when safe, otherwise double-quoted with escapes. */
    static void scalar(StringBuilder sb, String s) {
        if (isPlainSafe(s)) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (mustEscape(s, i, c)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * Whether the character at {@code i} must be written as an escape: everything YAML does not allow
     * raw in a document (outside its printable set: C0 and C1 controls, DEL, U+FFFE, U+FFFF and unpaired
     * surrogates), what it would read as a line break (U+0085, U+2028, U+2029) and the byte-order
     * mark. Written raw, a member named with U+0090 made a roster that the next command refused.
     */
    static boolean mustEscape(String s, int i, char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff || c >= 0xfffe) return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    /**
     * Plain only when it starts with a letter, holds only letters, digits, spaces and a few
     * punctuation marks that mean nothing to YAML inside a plain scalar, does not end in a space,
     * and is not a word YAML reads as true/false/null.
     */
    static boolean isPlainSafe(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(s.length() - 1) == ' ') return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '
                    || c == '.' || c == '_' || c == '/' || c == '(' || c == ')' || c == '-' || c == '+' || c == '&'
                    || c == '\'' || (c > 0x7f && Character.isLetter(c));
            if (!ok) return false;
            if (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') return false;
        }
        return !KEYWORDS.contains(s.toLowerCase(Locale.ROOT));
    }
}
