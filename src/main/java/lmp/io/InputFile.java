package lmp.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input read whole into memory: its name as the user gave it (for messages), its bytes, and
 * their SHA-256 (recorded in results and audit logs so anyone can tell whether a file changed).
 * {@code -} names standard input.
 */
public final class InputFile {
    /** Largest input accepted by default: far above the LMP's 132,000-member roster. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private final String name;
    private final byte[] bytes;
    private String sha256;

    private InputFile(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    public static InputFile of(String name, byte[] bytes) {
        return new InputFile(name, bytes.clone());
    }

    public static InputFile ofText(String name, String text) {
        return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads {@code path}, or standard input when the path is {@code -}. */
    public static InputFile read(String path, InputStream stdin) {
        return read(path, stdin, DEFAULT_MAX_BYTES);
    }

    public static InputFile read(String path, InputStream stdin, long maxBytes) {
        if ("-".equals(path)) {
            try {
                return new InputFile("<stdin>", readLimited(stdin, maxBytes, "<stdin>"));
            } catch (IOException e) {
                throw new MissingInputException("<stdin>: cannot read standard input: " + e.getMessage());
            }
        }
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            throw new MissingInputException(path + ": is a directory, expected a file");
        }
        try (InputStream in = Files.newInputStream(p)) {
            // A regular file of known size is read into one array of that size: growing a buffer
            // chunk by chunk made the JVM enlarge its heap for a large file and never give it back.
            long size = Files.isRegularFile(p) ? Files.size(p) : -1;
            if (size >= 0 && size <= maxBytes && size < Integer.MAX_VALUE - 8) {
                byte[] data = Files.readAllBytes(p);
                if (data.length > maxBytes) {
                    throw new MissingInputException(path + ": the file changed while it was being read; try again");
                }
                return new InputFile(path, data);
            }
            return new InputFile(path, readLimited(in, maxBytes, path));
        } catch (NoSuchFileException e) {
            throw new MissingInputException(path + ": no such file; check the path (relative paths start at "
                    + Path.of("").toAbsolutePath() + ")");
        } catch (AccessDeniedException e) {
            throw new MissingInputException(path + ": permission denied; check the file's read permission");
        } catch (IOException e) {
            throw new MissingInputException(path + ": cannot read: " + e.getMessage());
        }
    }

    private static byte[] readLimited(InputStream in, long maxBytes, String name) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (data.length > maxBytes) {
            throw new InputException(Problem.error(Location.of(name),
                    "file is larger than the limit of " + maxBytes + " bytes; split it or check it is the right file"));
        }
        return data;
    }

    public String name() {
        return name;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** Number of lines (line breaks, plus one for a last line without one). */
    public long lineCount() {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') n++;
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
    }

    public InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public String sha256() {
        if (sha256 == null) {
            sha256 = sha256Hex(bytes);
        }
        return sha256;
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The bytes as UTF-8 text, without a leading byte-order mark. Invalid UTF-8 is a located error
     * (line of the first bad byte) rather than silent replacement characters, because a replaced
     * character in a member's name would be a silent data loss.
     */
    public String text() {
        int start = hasUtf8Bom() ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return cb.toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(start);
            int line = 1;
            for (int i = start; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') line++;
            }
            String hint = looksLikeUtf16() ? "it looks like UTF-16; save it as UTF-8"
                    : "save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8')";
            throw new InputException(Problem.error(new Location(name, line, 0),
                    "not valid UTF-8 text (byte 0x" + String.format("%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xff)
                            + " at offset " + bad + "); " + hint));
        }
    }

    public boolean hasUtf8Bom() {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    private boolean looksLikeUtf16() {
        return bytes.length >= 2 && (((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)
                || ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) || bytes[1] == 0);
    }

    private int firstInvalidUtf8(int from) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        var result = dec.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
