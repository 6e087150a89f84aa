package lmp.cli.manpage;

import java.io.File;
import java.io.IOException;
import lmp.cli.Cli;
import lmp.cli.Lmp;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes lmp(1) and one AsciiDoc man page per command from the command model, for Asciidoctor's
 * manpage backend to render into {@code target/man/*.1}. Run by the build in prepare-package
 * (exec-maven-plugin, see pom.xml); the pages are never committed, so they cannot go stale.
 */
public final class WriteManPages {
    private WriteManPages() {
    }

    public static void main(String[] args) throws IOException {
        File directory = new File(args.length > 0 ? args[0] : "target/generated-docs/man");
        if (!directory.isDirectory() && !directory.mkdirs()) {
            throw new IOException("cannot create " + directory);
        }
        CommandLine model = Lmp.newCommandLine(Cli.standard().environment());
        int code = ManPageGenerator.generateManPage(directory, null, new boolean[0], true, model.getCommandSpec());
        if (code != 0) {
            throw new IOException("man page generation failed with exit code " + code);
        }
    }
}
