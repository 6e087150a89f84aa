package lmp.io;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An input: its name as the user gave it (for messages), its bytes, and their SHA-256 (recorded in
 * results and audit logs so anyone can tell whether a file changed). {@code -} names standard input.
 *
 * <p>A small file, standard input and anything that is not a regular file are read whole into
 * memory. A regular file larger than {@link #STREAM_FROM_BYTES} stays on disk: every {@link
 * #stream()} reads it afresh, and its SHA-256 is computed while the first full pass reads it (the
 * parse itself, for a ballot file), so a file of 10 million ballots is never held in memory. Later
 * passes check that its size and modification time have not changed, so the hash describes the bytes
 * that were counted; a file changed while it was read is refused (exit 66, "try again").
 *
 * <p>Limits, checked from the file's size before anything is read: {@link #MAX_STREAMED_BYTES} for a
 * file read as it is parsed (ballot and roster CSV), {@link #DEFAULT_MAX_BYTES} for one a parser needs
 * whole ({@link #text()}, {@link #bytes()}: YAML, BLT, audit logs) and for standard input.
 */
public final class InputFile {
    /** Largest input read whole: far above the LMP's 132,000-member roster (a few tens of MB). */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /**
     * Largest file read as it is parsed: 8 GiB, about 200 million ballots of the benchmark's CSV
     * (10 million take 0.4 GB); the count's own limit is 10^9 ballots.
     */
    public static final long MAX_STREAMED_BYTES = 8L * 1024 * 1024 * 1024;
    /** Regular files above this size are read from disk as they are parsed rather than held in memory. */
    static final long STREAM_FROM_BYTES = 1L << 20;

    /* What this thread has read, newest last: named in the one line printed when memory runs out. */
    private static final ThreadLocal<List<String>> RECENT = ThreadLocal.withInitial(ArrayList::new);

    private final String name;
    private final byte[] bytes;
    private final Path path;
    private final long size;
    private final FileTime modified;
    private volatile String sha256;

    private InputFile(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
        this.path = null;
        this.size = bytes.length;
        this.modified = null;
    }

    private InputFile(String name, Path path, long size, FileTime modified) {
        this.name = name;
        this.bytes = null;
        this.path = path;
        this.size = size;
        this.modified = modified;
    }

    public static InputFile of(String name, byte[] bytes) {
        return new InputFile(name, bytes.clone());
    }

    public static InputFile ofText(String name, String text) {
        return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads {@code path}, or standard input when the path is {@code -}. */
    /** The problem for an input file that is not there (exit 66). */
    public static MissingInputException noSuchFile(String path) {
        return new MissingInputException(path + ": no such file; check the path (relative paths start at "
                + Path.of("").toAbsolutePath() + ")");
    }

    public static InputFile read(String path, InputStream stdin) {
        return read(path, stdin, MAX_STREAMED_BYTES);
    }

    /** As {@link #read(String, InputStream)}, refusing any input larger than {@code maxBytes}. */
    public static InputFile read(String path, InputStream stdin, long maxBytes) {
        remember("-".equals(path) ? "<stdin>" : path);
        long wholeMax = Math.min(maxBytes, DEFAULT_MAX_BYTES);
        if ("-".equals(path)) {
            try {
                return new InputFile("<stdin>", readLimited(stdin, wholeMax, "<stdin>"));
            } catch (IOException e) {
                throw new MissingInputException("<stdin>: cannot read standard input: " + e.getMessage());
            }
        }
        Path p = Path.of(path);
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new MissingInputException(path + ": is a directory, expected a file");
            }
            if (attrs.isRegularFile()) {
                long size = attrs.size();
                if (size > maxBytes) {
                    throw tooLarge(path, maxBytes); // from the size alone: nothing is read
                }
                if (size > STREAM_FROM_BYTES) {
                    return new InputFile(path, p, size, attrs.lastModifiedTime());
                }
                byte[] data = Files.readAllBytes(p);
                if (data.length > maxBytes) {
                    throw new MissingInputException(path + ": the file changed while it was being read; try again");
                }
                return new InputFile(path, data);
            }
            try (InputStream in = Files.newInputStream(p)) { // a FIFO, /dev/stdin, a process substitution
                return new InputFile(path, readLimited(in, wholeMax, path));
            }
        } catch (NoSuchFileException e) {
            throw noSuchFile(path);
        } catch (AccessDeniedException e) {
            throw new MissingInputException(path + ": permission denied; check the file's read permission");
        } catch (IOException e) {
            throw new MissingInputException(path + ": cannot read: " + e.getMessage());
        }
    }

    private static InputException tooLarge(String name, long max) {
        return new InputException(Problem.error(Location.of(name),
                "file is larger than the limit of " + max + " bytes; split it or check it is the right file"));
    }

    private static byte[] readLimited(InputStream in, long maxBytes, String name) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (data.length > maxBytes) {
            throw tooLarge(name, maxBytes);
        }
        return data;
    }

    private static void remember(String name) {
        List<String> recent = RECENT.get();
        recent.remove(name);
        recent.add(name);
        if (recent.size() > 3) {
            recent.remove(0);
        }
    }

    /** The inputs this thread read most recently (at most three), for the out-of-memory message. */
    public static List<String> recentlyRead() {
        return List.copyOf(RECENT.get());
    }

    /** Starts a new command: forgets what the last one read. */
    public static void forgetRecentlyRead() {
        RECENT.remove();
    }

    public String name() {
        return name;
    }

    /** Whether the file is read from disk on every pass rather than held in memory. */
    public boolean streamed() {
        return path != null;
    }

    /** The whole content; refused (from the size) for a file over {@link #DEFAULT_MAX_BYTES}. */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes.clone();
        }
        return whole();
    }

    private byte[] whole() {
        if (bytes != null) {
            return bytes;
        }
        if (size > DEFAULT_MAX_BYTES) {
            throw tooLarge(name, DEFAULT_MAX_BYTES);
        }
        try (InputStream in = stream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size in bytes. */
    public long size() {
        return size;
    }

    /** Number of lines (line breaks, plus one for a last line without one). */
    public long lineCount() {
        long n = 0;
        int last = -1;
        try (InputStream in = stream()) {
            byte[] buffer = new byte[1 << 16];
            int r;
            while ((r = in.read(buffer)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buffer[i] == '\n') n++;
                }
                last = buffer[r - 1];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return size > 0 && last != '\n' ? n + 1 : n;
    }

    /**
     * The bytes from the start. For a streamed file every call reads the file again; the first call
     * read to its end computes the SHA-256, and every call checks that the file did not change.
     */
    public InputStream stream() {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        try {
            checkUnchanged();
            return new Pass(Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw changed();
        } catch (IOException e) {
            throw new MissingInputException(name + ": cannot read: " + e.getMessage());
        }
    }

    private void checkUnchanged() throws IOException {
        BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
        if (now.size() != size || !now.lastModifiedTime().equals(modified)) {
            throw changed();
        }
    }

    private MissingInputException changed() {
        return new MissingInputException(name + ": the file changed while lmp was reading it; try again when nothing is writing it");
    }

    /** Lower-case hex SHA-256 of the bytes (for a streamed file not yet read to its end, this reads it). */
    public String sha256() {
        if (sha256 == null) {
            if (bytes != null) {
                sha256 = sha256Hex(bytes);
            } else {
                try (InputStream in = stream()) {
                    in.transferTo(OutputStreamNowhere.INSTANCE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return sha256;
    }

    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256Digest().digest(data));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
        byte[] all = whole();
        int start = hasBom(all) ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(all, start, all.length - start));
            return cb.toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(all, start);
            int line = 1;
            for (int i = start; i < bad && i < all.length; i++) {
                if (all[i] == '\n') line++;
            }
            String hint = looksLikeUtf16(all) ? "it looks like UTF-16; save it as UTF-8"
                    : "save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8')";
            throw new InputException(Problem.error(new Location(name, line, 0),
                    "not valid UTF-8 text (byte 0x" + String.format("%02X", all[Math.min(bad, all.length - 1)] & 0xff)
                            + " at offset " + bad + "); " + hint));
        }
    }

    public boolean hasUtf8Bom() {
        if (bytes != null) {
            return hasBom(bytes);
        }
        try (InputStream in = stream()) {
            return hasBom(in.readNBytes(3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static boolean looksLikeUtf16(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)
                || ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) || b[1] == 0);
    }

    private static int firstInvalidUtf8(byte[] all, int from) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(all, from, all.length - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, all.length));
        var result = dec.decode(in, out, true);
        return result.isError() ? in.position() : all.length;
    }

    /**
     * One pass over a streamed file: hashes what it reads while no pass has yet reached the end, and
     * at the end records the hash, or checks the file is the one first read.
     */
    private final class Pass extends FilterInputStream {
        private MessageDigest digest = sha256 == null ? sha256Digest() : null;
        private long read;
        private boolean ended;

        Pass(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                end();
            } else {
                if (digest != null) digest.update((byte) b);
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                end();
            } else {
                if (digest != null) digest.update(b, off, n);
                read += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            digest = null; // a pass that skips bytes cannot hash the file
            long s = super.skip(n);
            read += s;
            return s;
        }

        private void end() throws IOException {
            if (ended) return;
            ended = true;
            if (read != size) {
                throw changed();
            }
            checkUnchanged();
            if (digest != null && sha256 == null) {
                sha256 = HexFormat.of().formatHex(digest.digest());
            }
        }
    }

    private static final class OutputStreamNowhere extends java.io.OutputStream {
        static final OutputStreamNowhere INSTANCE = new OutputStreamNowhere();

        @Override
        public void write(int b) {
            // discards: the pass only has to be read to its end to be hashed
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discards, see above
        }
    }
}
