package lmp.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.CliEnvironment;
import lmp.cli.Lmp;

/**
 * One of the concurrent writers of {@link ConcurrentIntakeTest}, in its own JVM (a file lock
 * belongs to a whole process): args are the election file, the worker number and how many intakes
 * to run. Each intake takes in a ballot file of its own (one ballot, ballot id {@code WwwIii}); one
 * line per intake on stdout: {@code fileName exitCode [message]}.
 */
public final class IntakeStressMain {
    private IntakeStressMain() {
    }

    public static void main(String[] args) throws Exception {
        Path election = Path.of(args[0]);
        int worker = Integer.parseInt(args[1]);
        int intakes = Integer.parseInt(args[2]);
        String[] names = {"Tanya Reyes", "Uma Estrada", "Iris Quintero"};
        for (int i = 0; i < intakes; i++) {
            String name = "w" + worker + "-" + i + ".csv";
            Files.writeString(election.resolveSibling(name), "ballot_id,rank1\nW" + worker + "I" + i + "," + names[(worker + i) % 3] + "\n");
            StringWriter err = new StringWriter();
            int code = Lmp.withWriters(Lmp.newCommandLine(CliEnvironment.system()), new PrintWriter(new StringWriter()),
                    new PrintWriter(err)).execute("election", "intake", election.toString(), "--ballots",
                    election.resolveSibling(name).toString(), "--as-of", "2026-11-05", "-q");
            System.out.println(name + " " + code + (code == 0 ? "" : " " + err.toString().strip().replace('\n', ' ')));
            System.out.flush();
        }
    }
}
