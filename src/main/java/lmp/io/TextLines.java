package lmp.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Hands the lines of a UTF-8 text file to a handler one at a time, as they are read: the file is
 * never held whole (a streamed {@link InputFile} is hashed by this very pass). A byte-order mark is
 * dropped; a line is what lies between line feeds (a carriage return before one stays, for the
 * parser to strip). A line over {@code maxChars} is refused before it is decoded, and invalid UTF-8
 * is refused at its line.
 */
public final class TextLines {

    /** Receives a line and its 1-based number. */
    @FunctionalInterface
    public interface Handler {
        void line(int number, String text);
    }

    private TextLines() {
    }

    /** Reads every line; {@code what} names the format in the too-long message ("a BLT ballot file"). */
    public static void read(InputFile file, int maxChars, String what, Handler handler) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // a line of maxChars characters takes at most 4 bytes each
        long maxBytes = 4L * maxChars;
        byte[] buf = new byte[1 << 16];
        int filled = 0;
        int pos = 0;
        int number = 0;
        long offset = 0; // of buf[0] in the file
        boolean eof = false;
        boolean first = true;
        try (InputStream in = file.stream()) {
            while (true) {
                int nl = indexOf(buf, pos, filled);
                if (nl < 0 && !eof) {
                    System.arraycopy(buf, pos, buf, 0, filled - pos);
                    offset += pos;
                    filled -= pos;
                    pos = 0;
                    if (filled == buf.length) {
                        if (buf.length > maxBytes) {
                            throw tooLong(file, number + 1, maxChars, what);
                        }
                        buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, buf.length * 2L));
                    }
                    int n = in.read(buf, filled, buf.length - filled);
                    if (n < 0) eof = true;
                    else filled += n;
                    continue;
                }
                int end = nl < 0 ? filled : nl;
                if (nl < 0 && pos == end) break;
                number++;
                int from = pos;
                if (first) {
                    first = false;
                    if (end - from >= 3 && (buf[from] & 0xff) == 0xEF && (buf[from + 1] & 0xff) == 0xBB && (buf[from + 2] & 0xff) == 0xBF) {
                        from += 3;
                    }
                }
                if (end - from > maxBytes) {
                    throw tooLong(file, number, maxChars, what);
                }
                String text;
                try {
                    CharBuffer cb = decoder.reset().decode(ByteBuffer.wrap(buf, from, end - from));
                    text = cb.toString();
                } catch (CharacterCodingException e) {
                    throw invalid(file, number, buf, from, end, offset);
                }
                if (text.length() > maxChars) {
                    throw tooLong(file, number, maxChars, what);
                }
                handler.line(number, text);
                if (nl < 0) break;
                pos = nl + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputException tooLong(InputFile file, int line, int maxChars, String what) {
        return InputException.at(Location.of(file.name(), line), "line is longer than " + maxChars
                + " characters; this does not look like " + what);
    }

    private static InputException invalid(InputFile file, int line, byte[] buf, int from, int to, long offset) {
        if (!file.streamed()) {
            file.text(); // throws the located message, with its UTF-16 hint when the file looks like UTF-16
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(buf, from, to - from);
        dec.decode(in, CharBuffer.allocate(to - from + 16), true);
        int bad = Math.min(in.position(), to - 1);
        return InputException.at(Location.of(file.name(), line), "not valid UTF-8 text (byte 0x"
                + String.format("%02X", buf[bad] & 0xff) + " at offset " + (offset + bad)
                + "); save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8')");
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') return i;
        }
        return -1;
    }
}
