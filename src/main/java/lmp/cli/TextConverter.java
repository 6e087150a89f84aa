package lmp.cli;

import picocli.CommandLine;

/**
 * A free text given on the command line that lmp writes into a file (a title, a challenge reason):
 * in NFC, and refused (exit 2) when it breaks the text rules ({@link lmp.io.Text}), since the file
 * written would otherwise be refused by the next command that reads it.
 */
public final class TextConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
        String t = lmp.io.Text.nfc(value);
        java.util.Optional<String> why = lmp.io.Text.refusal(t, lmp.io.Text.Kind.TEXT);
        if (why.isPresent()) {
            throw new CommandLine.TypeConversionException("'" + lmp.io.Text.shown(t) + "' " + why.get());
        }
        return t;
    }
}
