package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per class of character the text rules refuse or accept (expected messages written by hand from the Unicode charts). */
class TextTest {
    private static Optional<String> name(String s) {
        return Text.refusal(Text.nfc(s), Text.Kind.NAME);
    }

    private static Optional<String> text(String s) {
        return Text.refusal(Text.nfc(s), Text.Kind.TEXT);
    }

    @Test
    void precomposedAndDecomposedSpellingsAreOneName() {
        String nfc = "Nguy\u1EC5n Th\u1ECB H\u1ED3ng";
        String nfd = "Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng";
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(Text.nfc(nfd)).isEqualTo(nfc);
        String ascii = "Ana Lee";
        assertThat(Text.nfc(ascii)).isSameAs(ascii);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trần Thị Hương", "Nguyễn Thị Hồng", "Ελένη Παπαδοπούλου", "Ольга Иванова", "王小明", "José O'Brien-Núñez",
        "Zoë Ångström", "山田 花子", "김민준", "محمد علي", "Ольга Smith", "Ana Lee Jr."})
    void realNamesInEveryScriptAreAccepted(String n) {
        assertThat(name(n)).as(n).isEmpty();
    }

    @Test
    void persianNameWithZeroWidthNonJoinerIsAccepted() {
        // "Mehr-angiz" is written with U+200C after the Arabic-script letter, as Persian spelling requires.
        assertThat(name("\u0645\u0647\u0631\u200C\u0627\u0646\u06AF\u06CC\u0632")).isEmpty();
    }

    @Test
    void controlCharactersAreNamed() {
        assertThat(name("Ana\u0000Lee")).contains("holds U+0000 NULL, a control character, which is not text; remove it");
        assertThat(text("title\u001B[2J")).get().asString().contains("U+001B ESCAPE");
        assertThat(text("ring\u0007")).get().asString().contains("U+0007 BEL");
        assertThat(name("Ana\u0090Lee")).get().asString().contains("U+0090");
        assertThat(name("Ana\tLee")).get().asString().contains("U+0009").contains("one line");
    }

    @Test
    void lineBreaksAndTabsAreTextButNotNames() {
        assertThat(text("first line\nsecond\tline")).isEmpty();
        assertThat(name("Ana\nLee")).get().asString().contains("U+000A");
    }

    @ParameterizedTest
    @CsvSource({"65534,U+FFFE", "65535,U+FFFF", "64976,U+FDD0", "131070,U+1FFFE"})
    void noncharactersAreRefused(int cp, String shown) {
        String s = "Ana" + new String(Character.toChars(cp));
        assertThat(text(s)).get().asString().contains(shown).contains("noncharacter");
    }

    @Test
    void loneSurrogateIsRefused() {
        assertThat(text("Ana\uD800")).get().asString().contains("U+D800").contains("surrogate");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202E, 0x202A, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C})
    void bidirectionalControlsAreRefusedInAnyText(int cp) {
        String s = "Ana " + (char) cp + "eeL";
        assertThat(text(s)).get().asString().contains(String.format("U+%04X", cp)).contains("bidirectional");
    }

    @Test
    void rightToLeftOverrideIsNamedByItsUnicodeName() {
        assertThat(name("Ana\u202Eeel")).contains("holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control, which makes "
                + "text display in another order than it is stored; remove it");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E})
    void invisibleFormatCharactersAreRefused(int cp) {
        assertThat(name("An" + (char) cp + "a")).get().asString().contains(String.format("U+%04X", cp));
    }

    @Test
    void zeroWidthJoinerBetweenLatinLettersIsRefused() {
        assertThat(name("An\u200Da")).get().asString().contains("U+200D ZERO WIDTH JOINER");
        assertThat(name("An\u200Ca")).get().asString().contains("U+200C ZERO WIDTH NON-JOINER");
    }

    @Test
    void lineAndParagraphSeparatorsAreRefused() {
        assertThat(text("a\u2028b")).get().asString().contains("U+2028 LINE SEPARATOR");
        assertThat(name("a\u2029b")).get().asString().contains("U+2029 PARAGRAPH SEPARATOR");
    }

    @Test
    void blankNamesAreRefused() {
        assertThat(name("")).contains("is blank; give the name");
        assertThat(name("   ")).contains("is blank; give the name");
        assertThat(text("")).isEmpty();
    }

    @Test
    void lookAlikeSpacesAndDoubleSpacesAreRefusedInNames() {
        assertThat(name("Ana\u00A0Lee")).get().asString().contains("U+00A0 NO-BREAK SPACE");
        assertThat(name("Ana\u3000Lee")).get().asString().contains("U+3000 IDEOGRAPHIC SPACE");
        assertThat(name("Ana  Lee")).get().asString().contains("two spaces in a row");
        assertThat(text("Ana\u00A0Lee")).isEmpty();
    }

    @Test
    void privateUseIsRefusedInNames() {
        assertThat(name("Ana\uE000")).get().asString().contains("U+E000").contains("private-use");
    }

    @Test
    void aWordMixingLatinAndCyrillicNamesTheOddLetter() {
        // "Аna": the first letter is U+0410 CYRILLIC CAPITAL LETTER A, the rest Latin.
        assertThat(name("\u0410na Lee")).contains("holds U+0410 CYRILLIC CAPITAL LETTER A in the word 'Аna', whose other letters "
                + "are Latin; a word mixing scripts can look like another name - type it again in one script");
        // "Pаul" with a Cyrillic small a in the middle.
        assertThat(name("P\u0430ul")).get().asString().contains("U+0430 CYRILLIC SMALL LETTER A");
        // Greek omicron in a Latin word.
        assertThat(name("J\u03BFhn")).get().asString().contains("U+03BF GREEK SMALL LETTER OMICRON");
    }

    @Test
    void japaneseMixingHanAndKanaIsOneScript() {
        assertThat(name("\u5C71\u7530\u3055\u304F\u3089")).isEmpty(); // 山田さくら
    }

    @Test
    void shownEscapesWhatWouldActOnATerminal() {
        assertThat(Text.shown("a\u001B[2Jb\u202Ec\u0000")).isEqualTo("a<U+001B>[2Jb<U+202E>c<U+0000>");
        assertThat(Text.shown("Trần")).isEqualTo("Trần");
    }

    @Test
    void wholeNumbersAreAsciiDigitsOnly() {
        assertThat(Text.wholeNumber("3")).hasValue(3);
        assertThat(Text.wholeNumber("-1")).hasValue(-1);
        assertThat(Text.wholeNumber("9223372036854775807")).hasValue(Long.MAX_VALUE);
        assertThat(Text.wholeNumber("9223372036854775808")).isEmpty();
        assertThat(Text.wholeNumber("+3")).isEmpty();
        assertThat(Text.wholeNumber("\uFF13")).isEmpty(); // fullwidth 3
        assertThat(Text.wholeNumber("\u0663")).isEmpty(); // Arabic-Indic 3
        assertThat(Text.wholeNumber("")).isEmpty();
        assertThat(Text.wholeNumber("-")).isEmpty();
        assertThat(Text.digitsHint("\uFF13")).contains("digits 0-9");
        assertThat(Text.digitsHint("+3")).contains("no '+'");
        assertThat(Text.digitsHint("three")).isEmpty();
    }

    @Test
    void datesHaveFourAsciiYearDigits() {
        assertThat(Text.isoDate("2026-02-28")).contains(LocalDate.of(2026, 2, 28));
        assertThat(Text.isoDate("2026-02-29")).isEmpty();
        assertThat(Text.isoDate("+10000-01-01")).isEmpty();
        assertThat(Text.isoDate("\uFF12026-01-01")).isEmpty();
        assertThat(Text.isoDate("2026-1-01")).isEmpty();
    }
}
