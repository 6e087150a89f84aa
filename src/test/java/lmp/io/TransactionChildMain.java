package lmp.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A child process for the kill -9 tests: args[0] is a directory holding {@code a.txt} and
 * {@code b.txt}; each transaction rewrites both with the next generation number (and 256 KiB of
 * padding, so a commit takes a moment).
 *
 * <ul>
 *   <li>{@code stop N}: one transaction that prints "at STEP" and hangs just before its N-th file
 *       step (1-based), so the parent can kill it there;</li>
 *   <li>{@code loop}: transactions without end, printing "ready" after the first;</li>
 *   <li>{@code hold}: takes the writer lock on a.txt, prints "locked" and sleeps.</li>
 * </ul>
 */
public final class TransactionChildMain {
    private TransactionChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path a = dir.resolve("a.txt");
        switch (args[1]) {
            case "stop" -> {
                int stopAt = Integer.parseInt(args[2]);
                AtomicInteger n = new AtomicInteger();
                try (AutoCloseable faults = FileTransaction.injectFaults((step, path) -> {
                    if (n.incrementAndGet() == stopAt) {
                        System.out.println("at " + step);
                        System.out.flush();
                        sleepForever();
                    }
                })) {
                    generation(dir, a);
                }
                System.out.println("finished");
            }
            case "loop" -> {
                for (int i = 0; ; i++) {
                    generation(dir, a);
                    if (i == 0) {
                        System.out.println("ready");
                        System.out.flush();
                    }
                }
            }
            case "hold" -> {
                try (WriterLock lock = WriterLock.acquire(a, Duration.ofSeconds(5))) {
                    System.out.println("locked");
                    System.out.flush();
                    sleepForever();
                }
            }
            default -> throw new IllegalArgumentException(args[1]);
        }
    }

    static void generation(Path dir, Path a) throws IOException {
        Path b = dir.resolve("b.txt");
        try (WriterLock lock = WriterLock.acquire(a, Duration.ofSeconds(5)); FileTransaction tx = new FileTransaction(lock)) {
            long next = Long.parseLong(firstLine(a)) + 1;
            byte[] body = content(next);
            tx.stage(a, AtomicFiles.Privacy.PUBLIC, out -> out.write(body), true);
            tx.stage(b, AtomicFiles.Privacy.PUBLIC, out -> out.write(body), true);
            tx.commit();
        }
    }

    static byte[] content(long generation) {
        StringBuilder sb = new StringBuilder().append(generation).append('\n');
        sb.append("x".repeat(256 * 1024)).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String firstLine(Path p) throws IOException {
        String s = Files.readString(p);
        return s.substring(0, s.indexOf('\n'));
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
