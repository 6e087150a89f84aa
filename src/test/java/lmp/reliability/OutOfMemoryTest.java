package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lmp.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Out of memory is exit 70 with one line naming the input and how to give lmp more memory, not a
 * Java stack trace and exit 1. Run in a child JVM with a 24 MiB heap importing 200,000 members.
 */
class OutOfMemoryTest {

    @Test
    void outOfMemoryIsOneLineNamingTheInputAndExit70(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("big-export.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("record,member_id,name,local,bargaining_unit,ubt,status,good_standing\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("member," + (1_000_000 + i) + ",Member Number " + i + ",UNAC/UHCP,Inpatient RN,EVMC-ICU,active,true\n");
            }
        }
        Path roster = dir.resolve("roster.yaml");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx24m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "roster", "import", csv.toString(), "--into", roster.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(70);
        assertThat(err.lines().toList()).as("one line").hasSize(1);
        assertThat(err).contains("out of memory", "big-export.csv", "LMP_JAVA_OPTS=-Xmx").doesNotContain("\tat ", "Exception");
        assertThat(roster).doesNotExist();
    }
}
