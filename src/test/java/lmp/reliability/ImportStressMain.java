package lmp.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.CliEnvironment;
import lmp.cli.Lmp;

/**
 * One of the concurrent writers of {@link ConcurrentImportTest}, in its own JVM (a file lock
 * belongs to a whole process, so threads would not test it): args are the work directory, the
 * roster, the worker number and how many imports to run. Each import adds one member of its own
 * ({@code 9WWWIII}); one line per import on stdout: {@code memberId exitCode}.
 */
public final class ImportStressMain {
    private ImportStressMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String roster = args[1];
        int worker = Integer.parseInt(args[2]);
        int imports = Integer.parseInt(args[3]);
        for (int i = 0; i < imports; i++) {
            String id = Integer.toString(9_000_000 + worker * 1000 + i);
            Path csv = dir.resolve("w" + worker + "-" + i + ".csv");
            Files.writeString(csv, "record,member_id,name,local,bargaining_unit,ubt,status,good_standing\n"
                    + "member," + id + ",Worker " + worker + " Import " + i + ",UNAC/UHCP,Inpatient RN,EVMC-ICU,active,true\n");
            StringWriter err = new StringWriter();
            int code = Lmp.withWriters(Lmp.newCommandLine(CliEnvironment.system()), new PrintWriter(new StringWriter()),
                    new PrintWriter(err)).execute("roster", "import", csv.toString(), "--into", roster, "-q");
            System.out.println(id + " " + code + (code == 0 ? "" : " " + err.toString().strip()));
            System.out.flush();
        }
    }
}
