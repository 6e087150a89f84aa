package lmp.io;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rules every text read from a file meets, in one place, so that a name is one name wherever
 * it is read and compared (roster, election file, BLT, ballot CSV, plan, policy).
 * <ul>
 *   <li>Every text is put in Unicode Normalization Form C (UAX #15) as it is read: "Hồng" typed with a
 *       precomposed "ồ" and with "o" plus two combining accents is one name, on every ballot.</li>
 *   <li>{@link Kind#TEXT} (titles, places, notes, ids) refuses control characters (NUL, ESC, BEL,
 *       C1 controls; a line break or tab is allowed), noncharacters (U+FFFE, U+FDD0...), unpaired
 *       surrogates, line and paragraph separators, bidirectional controls (U+202E and kin, which make
 *       text display in another order than it is stored: CVE-2021-42574, "Trojan Source") and
 *       invisible format characters (U+200B zero width space, U+2060, U+FEFF, U+00AD soft hyphen).
 *       U+200C/U+200D (zero width non-joiner and joiner) are allowed only after a letter of a script
 *       that uses them (Arabic, Persian, Indic scripts, emoji sequences), as RFC 5892 appendix A
 *       allows them in domain names; after a Latin, Greek or Cyrillic letter they only hide a
 *       difference.</li>
 *   <li>{@link Kind#NAME} (people, candidates, UBTs) adds: not blank, no tab or line break, no space
 *       other than U+0020 and never two in a row, no private-use character, and no word that mixes
 *       scripts ("Аna" with a Cyrillic "А" looks like "Ana" but is another name): each word must be
 *       in one script, Han with Hiragana/Katakana or Hangul counting as one (the "highly restrictive"
 *       level of Unicode TS #39, section 5.2, applied word by word).</li>
 * </ul>
 * A refused character is named in the message by its code point and Unicode name, and messages
 * show texts through {@link #shown(String)}, so a control character never reaches the terminal.
 */
public final class Text {
    /** Which rules apply: any text, or the name of a person or thing that is compared by name. */
    public enum Kind { TEXT, NAME }

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private Text() {
    }

    /** The text in Unicode NFC; plain ASCII (the usual case) is returned as it is without further work. */
    public static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    /**
     * Why {@code text} (already in NFC) is refused as a {@code kind}, as words to follow the
     * quoted text in a message ("holds U+202E RIGHT-TO-LEFT OVERRIDE, ..."), or empty when it is fine.
     */
    public static Optional<String> refusal(String text, Kind kind) {
        boolean name = kind == Kind.NAME;
        if (name && text.isBlank()) {
            return Optional.of("is blank; give the name");
        }
        boolean ascii = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= 0x20 && cp < 0x7f) {
                if (name && cp == ' ' && next < text.length() && text.charAt(next) == ' ') {
                    return Optional.of("holds two spaces in a row; write one space between words");
                }
                i = next;
                continue;
            }
            ascii = false;
            Optional<String> why = character(text, i, cp, name);
            if (why.isPresent()) {
                return Optional.of("holds " + describe(cp) + ", " + why.get());
            }
            i = next;
        }
        if (name && !ascii) {
            return mixedScripts(text);
        }
        return Optional.empty();
    }

    /** Why one (non-printable-ASCII) character is refused, or empty. */
    private static Optional<String> character(String text, int i, int cp, boolean name) {
        if (Character.isSurrogate((char) cp)) {
            return Optional.of("half of a UTF-16 surrogate pair on its own; the text is damaged, type it again");
        }
        if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
            return Optional.of("a noncharacter, which is never part of text; remove it");
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            if (!name && (cp == '\n' || cp == '\t')) return Optional.empty();
            return Optional.of(name && (cp == '\n' || cp == '\t' || cp == '\r')
                    ? "which a name cannot hold; write the name on one line"
                    : "a control character, which is not text; remove it");
        }
        if (isBidiControl(cp)) {
            return Optional.of("a bidirectional control, which makes text display in another order than it is "
                    + "stored; remove it");
        }
        if (cp == 0x200C || cp == 0x200D) {
            return joinerAllowed(text, i) ? Optional.empty()
                    : Optional.of("an invisible character that only hides a difference between two spellings here; remove it");
        }
        if (type == Character.FORMAT) {
            return Optional.of("an invisible format character, which would make two names that look the same differ; "
                    + "remove it");
        }
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return Optional.of(name ? "which a name cannot hold; write the name on one line"
                    : "a line separator that most programs do not show; use an ordinary line break");
        }
        if (name && type == Character.SPACE_SEPARATOR) {
            return Optional.of("a space that looks like an ordinary one but is not; use an ordinary space");
        }
        if (name && type == Character.PRIVATE_USE) {
            return Optional.of("a private-use character, which no two fonts show alike; remove it");
        }
        return Optional.empty();
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    /** ZWNJ/ZWJ after a letter or mark of a script that uses them, or (ZWJ) after an emoji-like symbol. */
    private static boolean joinerAllowed(String text, int i) {
        if (i == 0) return false;
        int prev = text.codePointBefore(i);
        if (text.codePointAt(i) == 0x200D && Character.getType(prev) == Character.OTHER_SYMBOL) return true;
        if (!Character.isLetter(prev) && !isMark(prev)) return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(prev);
        return s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.GREEK
                && s != Character.UnicodeScript.CYRILLIC && s != Character.UnicodeScript.COMMON
                && s != Character.UnicodeScript.INHERITED;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** A word (a run of letters and marks) written in two scripts; the minority script's first letter is named. */
    private static Optional<String> mixedScripts(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp) && !isMark(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetter(text.codePointAt(i)) || isMark(text.codePointAt(i))
                    || text.codePointAt(i) == 0x200C || text.codePointAt(i) == 0x200D)) {
                i += Character.charCount(text.codePointAt(i));
            }
            Optional<String> why = mixedWord(text.substring(start, i));
            if (why.isPresent()) return why;
        }
        return Optional.empty();
    }

    private static Optional<String> mixedWord(String word) {
        java.util.Map<Character.UnicodeScript, Integer> count = new java.util.EnumMap<>(Character.UnicodeScript.class);
        java.util.Map<Character.UnicodeScript, Integer> first = new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            Character.UnicodeScript s = family(Character.UnicodeScript.of(cp));
            if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
                count.merge(s, 1, Integer::sum);
                first.putIfAbsent(s, cp);
            }
            i += Character.charCount(cp);
        }
        if (count.size() < 2) return Optional.empty();
        Character.UnicodeScript minority = count.entrySet().stream()
                .min(java.util.Map.Entry.<Character.UnicodeScript, Integer>comparingByValue()
                        .thenComparing(e -> word.indexOf(new String(Character.toChars(first.get(e.getKey()))))))
                .orElseThrow().getKey();
        Character.UnicodeScript majority = count.entrySet().stream().filter(e -> e.getKey() != minority)
                .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Optional.of("holds " + describe(first.get(minority)) + " in the word '" + shown(word) + "', whose other letters are "
                + scriptName(majority) + "; a word mixing scripts can look like another name - type it again in one script");
    }

    /** Scripts written together in one word (Japanese, Korean) count as one. */
    private static Character.UnicodeScript family(Character.UnicodeScript s) {
        return switch (s) {
            case HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Character.UnicodeScript.HAN;
            default -> s;
        };
    }

    private static String scriptName(Character.UnicodeScript s) {
        String n = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** "U+202E RIGHT-TO-LEFT OVERRIDE": the code point and its Unicode name (when it has one). */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }

    /**
     * The text as it may appear in a message: characters that would act on a terminal or hide
     * (controls, bidirectional and format characters, separators, noncharacters, lone surrogates)
     * are written as {@code <U+XXXX>}; long texts are cut at 200 characters.
     */
    public static String shown(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), 220));
        for (int i = 0; i < text.length(); ) {
            if (sb.length() >= 200) {
                sb.append("...");
                break;
            }
            int cp = text.codePointAt(i);
            int t = Character.getType(cp);
            if (cp >= 0x20 && cp < 0x7f) {
                sb.append((char) cp);
            } else if (t == Character.CONTROL || t == Character.FORMAT || t == Character.LINE_SEPARATOR
                    || t == Character.PARAGRAPH_SEPARATOR || t == Character.SURROGATE || t == Character.UNASSIGNED
                    || t == Character.PRIVATE_USE || (t == Character.SPACE_SEPARATOR && cp != ' ')) {
                sb.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * A whole number written with ASCII digits only and an optional leading '-' that fits in a
     * {@code long}, or empty. {@code Long.parseLong} also takes '+3', fullwidth '３' and Arabic-Indic '٣': a number
     * that a person cannot read as the program did is refused instead.
     */
    public static OptionalLong wholeNumber(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 19) return OptionalLong.empty();
        long v = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return OptionalLong.empty();
            v = v * 10 - (c - '0'); // accumulated negative, so Long.MIN_VALUE fits too
            if (v > 0) return OptionalLong.empty();
        }
        if (start == 0 && v == Long.MIN_VALUE) return OptionalLong.empty();
        return OptionalLong.of(start == 1 ? v : -v);
    }

    /**
     * "; write it with the digits 0-9 and no '+'" when {@code s} looks like a number written with
     * other digits (fullwidth, Arabic-Indic) or a plus sign, so the message says why it was refused; else "".
     */
    public static String digitsHint(String s) {
        boolean otherDigit = s.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
        return otherDigit || s.startsWith("+") ? "; write it with the digits 0-9 and no '+'" : "";
    }

    /**
     * A date written YYYY-MM-DD with ASCII digits and a real calendar day, or empty. Java's
     * {@code uuuu} pattern also reads '+10000-01-01'; a date of this form has exactly four year digits.
     */
    public static Optional<LocalDate> isoDate(String s) {
        if (!isDateShaped(s)) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(s, ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Exactly 'dddd-dd-dd' in ASCII digits (whether or not the day exists). */
    public static boolean isDateShaped(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) return false;
        }
        return true;
    }
}
