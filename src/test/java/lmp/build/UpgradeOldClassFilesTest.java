package lmp.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UpgradeOldClassFilesTest {

    @Test
    void picocliClassesBecomeJava8ClassesThatPassTheTypeCheckingVerifier(@TempDir Path dir) throws Exception {
        Path original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("picocli.jar");
        Files.copy(original, jar);
        assertThat(UpgradeOldClassFiles.majorVersion(UpgradeOldClassFiles.bytesOf(CommandLine.class)))
                .as("picocli as published is a Java 5 class file").isEqualTo(49);

        UpgradeOldClassFiles.main(new String[] {jar.toString()});

        List<String> classes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(e -> e.getName().endsWith(".class") && !e.getName().contains("module-info"))
                    .forEach(e -> {
                        try {
                            assertThat(UpgradeOldClassFiles.majorVersion(zip.getInputStream(e).readAllBytes()))
                                    .as(e.getName()).isEqualTo(52);
                        } catch (java.io.IOException ex) {
                            throw new java.io.UncheckedIOException(ex);
                        }
                        classes.add(e.getName().replace('/', '.').replaceAll("\\.class$", ""));
                    });
        }
        assertThat(classes).contains("picocli.CommandLine");
        // Java 8 class files get no fall-back to the old verifier: loading them all proves the frames.
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String name : classes) {
                Class<?> loaded = Class.forName(name, true, isolated);
                assertThat(loaded.getClassLoader()).isSameAs(isolated);
            }
            Class<?> range = Class.forName("picocli.CommandLine$Range", true, isolated);
            Object parsed = range.getMethod("valueOf", String.class).invoke(null, "1..3");
            assertThat(parsed).hasToString("1..3");
        }
    }
}
