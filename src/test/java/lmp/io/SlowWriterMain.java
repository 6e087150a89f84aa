package lmp.io;

import java.nio.file.Path;

/**
 * A child process for {@link AtomicFilesCrashTest}: starts a large, slow atomic write of the
 * file named in args[0], says "started" on stdout once the temporary file holds data, and keeps
 * writing until it is killed.
 */
public final class SlowWriterMain {
    private SlowWriterMain() {
    }

    public static void main(String[] args) {
        AtomicFiles.write(Path.of(args[0]), true, out -> {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 10_000; i++) {
                out.write(chunk);
                out.flush();
                if (i == 2) {
                    System.out.println("started");
                    System.out.flush();
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted");
                }
            }
        });
    }
}
