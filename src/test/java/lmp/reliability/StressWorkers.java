package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Concurrent writers for the stress tests: each worker is a JVM of its own (a file lock belongs to a
 * whole process, so threads would not test it), all started before any is waited for. Each prints
 * one line per command, {@code name exitCode [message]}; the lines are sorted into the names that
 * succeeded (0), those that gave up waiting for the lock (75), and anything else.
 */
final class StressWorkers {
    record Outcome(List<String> succeeded, List<String> busy, List<String> other) {
    }

    private StressWorkers() {
    }

    static Outcome run(int workers, Class<?> main, IntFunction<List<String>> argsOfWorker) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> started = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), main.getName()));
            command.addAll(argsOfWorker.apply(w));
            started.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        Outcome o = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Process p : started) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            for (String line : out.split("\n")) {
                if (line.isBlank()) continue;
                String[] f = line.split(" ", 3);
                switch (f[1]) {
                    case "0" -> o.succeeded().add(f[0]);
                    case "75" -> {
                        o.busy().add(f[0]);
                        assertThat(line).contains("another lmp is changing", "try again");
                    }
                    default -> o.other().add(line);
                }
            }
        }
        return o;
    }
}
