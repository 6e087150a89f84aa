package lmp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version written into the jar by the build (src/main/resources-filtered/lmp/version.properties). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/lmp/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // The version is only shown by --version and in report headers; a jar whose own resource
            // cannot be read says "unknown" there rather than failing the command the user asked for.
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** What {@code lmp --version} prints, one element a line. */
    public static String[] lines() {
        return new String[] {"lmp " + version(), "Java " + System.getProperty("java.version")};
    }

    @Override
    public String[] getVersion() {
        return lines();
    }
}
