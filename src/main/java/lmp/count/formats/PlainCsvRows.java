package lmp.count.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lmp.io.CsvInput;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;

/**
 * Streams the data rows of a CSV file that has no quote characters and no lone carriage returns,
 * which is what ballot exports and generators write. For such a file every line is one record and
 * every delimiter ends a cell, so rows can be split on bytes without building a String per cell:
 * that is what lets a million-ballot file be counted in about a second and in a bounded heap.
 * Any line with a non-ASCII byte is decoded strictly and handed on as an ordinary
 * {@link CsvInput.Row}, so names with accents and malformed UTF-8 are treated exactly as by
 * {@link CsvInput}. Files that do not qualify are read by {@link CsvInput}.
 */
final class PlainCsvRows {

    /** Receives each row as byte ranges of {@code line}: cell i is {@code [starts[i], ends[i])}. */
    interface Handler {
        void row(Location at, byte[] line, int[] starts, int[] ends, int cells);
    }

    private PlainCsvRows() {
    }

    /** The header line as its own small file, when the file qualifies; otherwise null. */
    static InputFile headerOnly(InputFile file) {
        int headerEnd = -1;
        try (InputStream in = file.stream()) {
            byte[] buffer = new byte[1 << 16];
            long offset = 0;
            int n;
            byte previous = 0;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '"') return null;
                    if (previous == '\r' && b != '\n') return null;
                    if (b == '\n' && headerEnd < 0) headerEnd = (int) (offset + i);
                    previous = b;
                }
                offset += n;
            }
            if (previous == '\r' || headerEnd < 0) return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = file.stream()) {
            return InputFile.of(file.name(), in.readNBytes(headerEnd + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands every data row after the header to {@code handler}, with its line number. */
    static void rows(InputFile file, char delimiter, Handler handler) {
        byte delim = (byte) delimiter;
        int[] starts = new int[16];
        int[] ends = new int[16];
        byte[] buf = new byte[1 << 16];
        int filled = 0;
        int line = 0;
        boolean eof = false;
        try (InputStream in = file.stream()) {
            int pos = 0;
            while (true) {
                int nl = indexOf(buf, pos, filled, (byte) '\n');
                if (nl < 0 && !eof) {
                    // move the partial line to the front and read more
                    System.arraycopy(buf, pos, buf, 0, filled - pos);
                    filled -= pos;
                    pos = 0;
                    if (filled == buf.length) {
                        if (buf.length > CsvInput.MAX_LINE_CHARS + 2) {
                            throw InputException.at(new Location(file.name(), line + 1, 0), "line is longer than "
                                    + CsvInput.MAX_LINE_CHARS + " characters; this does not look like a CSV export");
                        }
                        buf = Arrays.copyOf(buf, buf.length * 2);
                    }
                    int n = in.read(buf, filled, buf.length - filled);
                    if (n < 0) eof = true;
                    else filled += n;
                    continue;
                }
                int end = nl < 0 ? filled : nl;
                if (nl < 0 && pos == end) break;
                line++;
                int lineEnd = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
                if (line > 1) {
                    int cells = 0;
                    int cellStart = pos;
                    boolean ascii = true;
                    for (int i = pos; i <= lineEnd; i++) {
                        if (i == lineEnd || buf[i] == delim) {
                            if (cells == starts.length) {
                                starts = Arrays.copyOf(starts, cells * 2);
                                ends = Arrays.copyOf(ends, cells * 2);
                            }
                            starts[cells] = cellStart;
                            ends[cells++] = i;
                            cellStart = i + 1;
                        } else if (buf[i] < 0) {
                            ascii = false;
                        } else if (buf[i] == 0) {
                            throw InputException.at(new Location(file.name(), line, 0),
                                    "contains a NUL byte; this looks like a binary file, not CSV text");
                        }
                    }
                    if (lineEnd - pos > CsvInput.MAX_LINE_CHARS) {
                        throw InputException.at(new Location(file.name(), line, 0), "line is longer than "
                                + CsvInput.MAX_LINE_CHARS + " characters; this does not look like a CSV export");
                    }
                    boolean blank = cells == 1 && isBlank(buf, pos, lineEnd);
                    if (!blank) {
                        Location at = new Location(file.name(), line, 0);
                        if (ascii) {
                            handler.row(at, buf, starts, ends, cells);
                        } else {
                            byte[] decoded = decoded(file, buf, pos, lineEnd, delimiter, at, starts, ends);
                            handler.row(at, decoded, starts, ends, split(decoded, delimiter, starts, ends));
                        }
                    }
                }
                if (nl < 0) break;
                pos = nl + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a non-ASCII line is valid UTF-8 (else reports it as CsvInput does) and returns a copy. */
    private static byte[] decoded(InputFile file, byte[] buf, int from, int to, char delimiter, Location at, int[] starts,
                                  int[] ends) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, from, to - from));
        } catch (CharacterCodingException e) {
            file.text(); // throws the located "not valid UTF-8" problem
            throw InputException.at(at, "not valid UTF-8 text; save the file as UTF-8");
        }
        return Arrays.copyOfRange(buf, from, to);
    }

    private static int split(byte[] line, char delimiter, int[] starts, int[] ends) {
        int cells = 0;
        int start = 0;
        for (int i = 0; i <= line.length; i++) {
            if (i == line.length || line[i] == (byte) delimiter) {
                starts[cells] = start;
                ends[cells++] = i;
                start = i + 1;
            }
        }
        return cells;
    }

    /** The cells of a row as strings (for rows that take the general path). */
    static CsvInput.Row toRow(Location at, byte[] line, int[] starts, int[] ends, int cells) {
        List<String> out = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            out.add(lmp.io.Text.nfc(new String(line, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8)));
        }
        return new CsvInput.Row(at, out);
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') return false;
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int to, byte x) {
        for (int i = from; i < to; i++) {
            if (b[i] == x) return i;
        }
        return -1;
    }
}
