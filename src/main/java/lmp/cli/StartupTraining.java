package lmp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import lmp.io.InputFile;
import lmp.roster.formats.RosterYaml;

/**
 * The launcher's training run for the class-data sharing archive ({@code bin/lmp}): runs what users
 * run most, in-process and with all output discarded, so that the JVM archives the classes those
 * commands load (picocli's model and help, YAML parsing, the roster model, a small IRV tally, and
 * STV counts of a small BLT file, written to a temporary file and deleted).
 * Never touches a user's file: its roster and ballots come from the jar.
 */
public final class StartupTraining {
    private static final String ROSTER = "/lmp/startup-training-roster.yaml";
    private static final String BALLOTS = "/lmp/startup-training-ballots.csv";
    private static final String BLT = "/lmp/startup-training-ballots.blt";

    private StartupTraining() {
    }

    public static void main(String[] args) {
        byte[] roster = resource(ROSTER);
        run(roster, "--version");
        run(roster, "--help");
        for (String command : Commands.allPaths()) {
            run(roster, (command + " --help").split(" "));
        }
        run(roster, "roster", "validate", "-");
        RosterYaml.read(InputFile.of("training.yaml", roster));
        run(resource(BALLOTS), "election", "tally", "-");
        run(resource(BALLOTS), "election", "tally", "--format", "json", "-");
        stv();
    }

    /** STV counts of a BLT file (read by name: standard input is read as CSV), by both STV methods. */
    private static void stv() {
        try {
            Path blt = Files.createTempFile("lmp-startup-training", ".blt");
            try {
                Files.write(blt, resource(BLT));
                run(new byte[0], "election", "tally", blt.toString());
                run(new byte[0], "election", "tally", "--method", "meek", blt.toString());
            } finally {
                Files.deleteIfExists(blt);
            }
        } catch (IOException e) {
            // no temporary directory: the archive is made without the STV classes, which then load from the jar
        }
    }

    private static void run(byte[] stdin, String... args) {
        CliEnvironment system = CliEnvironment.system();
        CliEnvironment environment = new CliEnvironment(system.clock(), system.variables(),
                new java.io.ByteArrayInputStream(stdin), false);
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        Lmp.withWriters(Lmp.forArguments(environment, args), discard, discard).execute(args);
    }

    private static byte[] resource(String name) {
        try (InputStream in = StartupTraining.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
