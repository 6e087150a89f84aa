package lmp.build;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lmp.cli.CliEnvironment;
import lmp.cli.Lmp;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc sources of the man pages, for Asciidoctor's manpage backend to render into
 * {@code target/man/*.1} and {@code *.5}: lmp(1) and one page per command from the command model
 * (picocli's generator), each completed with ENVIRONMENT, FILES and SEE ALSO; and one section-5
 * page per file format, made from the format's section of the docs/ page, so that neither can go
 * stale. Run by the build in prepare-package (pom.xml); a build tool, left out of lmp.jar.
 */
public final class WriteManPages {
    private WriteManPages() {
    }

    /** A file format's page: name, one-line summary, the docs page and the heading of its section. */
    record Format(String name, String summary, String doc, String heading) {
    }

    static final List<Format> FORMATS = List.of(
            new Format("lmp-roster", "the roster file: members, UBTs, steward councils and role holders",
                    "docs/roster.md", "## The roster file (YAML)"),
            new Format("lmp-mapping", "the mapping file of roster import: an HR export's columns and codes",
                    "docs/roster.md", "### Mapping file"),
            new Format("lmp-election", "the election file: the count part and the administration part",
                    "docs/elections.md", "## The election file"),
            new Format("lmp-policy", "the role policy file: terms, limits and release time per role",
                    "docs/terms.md", "### Policy file"),
            new Format("lmp-plan", "the bargaining plan file: agreement, sessions, subcommittees, observers",
                    "docs/bargaining.md", "## The plan file"),
            new Format("lmp-config", "the config file: option defaults for every command",
                    "docs/install.md", "## Config file: option defaults"));

    public static void main(String[] args) throws IOException {
        File directory = new File(args.length > 0 ? args[0] : "target/generated-docs/man");
        Path project = Path.of(args.length > 1 ? args[1] : ".");
        if (!directory.isDirectory() && !directory.mkdirs()) {
            throw new IOException("cannot create " + directory);
        }
        CliEnvironment environment = new CliEnvironment(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Map.of(),
                InputStream.nullInputStream(), false);
        CommandLine model = Lmp.newCommandLine(environment);
        int code = ManPageGenerator.generateManPage(directory, null, new boolean[0], true, model.getCommandSpec());
        if (code != 0) {
            throw new IOException("man page generation failed with exit code " + code);
        }
        complete(directory.toPath(), model);
        for (Format f : FORMATS) {
            Files.writeString(directory.toPath().resolve(f.name() + ".adoc"), formatPage(f, project), StandardCharsets.UTF_8);
        }
    }

    /** Adds ENVIRONMENT, FILES and SEE ALSO to every command's page. */
    private static void complete(Path directory, CommandLine cl) throws IOException {
        String page = cl.getCommandSpec().qualifiedName("-");
        Path file = directory.resolve(page + ".adoc");
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String end = "// end::picocli-generated-full-manpage[]";
            String added = environment() + files() + seeAlso(cl);
            text = text.contains(end) ? text.replace(end, added + end) : text + added;
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) {
                try {
                    complete(directory, sub);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    static String environment() {
        return """
                == Environment

                *LMP_CONFIG*::
                  The config file of option defaults, instead of the default place (see lmp-config(5)).
                *XDG_CONFIG_HOME*::
                  The config file is $XDG_CONFIG_HOME/lmp/config.yaml when LMP_CONFIG is not set.
                *JAVA_HOME*::
                  The Java 17+ the launcher runs; otherwise java on PATH.
                *LMP_JAVA_OPTS*::
                  Extra JVM options, e.g. -Xmx4g for very large ballot files.
                *LMP_CDS*::
                  off: do not create or use the class-data sharing archive.
                *XDG_CACHE_HOME*::
                  Where that archive is kept: $XDG_CACHE_HOME/lmp/ (default ~/.cache/lmp/).
                *NO_COLOR*::
                  Any non-empty value: no colour in help or progress bars.

                """;
    }

    static String files() {
        return """
                == Files

                *~/.config/lmp/config.yaml*::
                  Option defaults (lmp-config(5)); lmp config path shows which file is read.
                *~/.cache/lmp/*::
                  The launcher's class-data sharing archive, made on the first run.
                *docs/*::
                  The full documentation, beside bin/ and lib/ in the installed archive.

                """;
    }

    static String seeAlso(CommandLine cl) {
        Set<String> refs = new LinkedHashSet<>();
        if (cl.getCommandSpec().parent() != null) {
            refs.add(cl.getCommandSpec().parent().qualifiedName("-") + "(1)");
        }
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName()) && !"help".equals(name)) {
                refs.add(sub.getCommandSpec().qualifiedName("-") + "(1)");
            }
        });
        List<ArgSpec> args = new ArrayList<>(cl.getCommandSpec().args());
        for (ArgSpec a : args) {
            String label = a.paramLabel() == null ? "" : a.paramLabel().toUpperCase(java.util.Locale.ROOT);
            if (label.startsWith("ROSTER")) refs.add("lmp-roster(5)");
            if (label.startsWith("ELECTION")) refs.add("lmp-election(5)");
            if (label.startsWith("POLICY")) refs.add("lmp-policy(5)");
            if (label.startsWith("PLAN")) refs.add("lmp-plan(5)");
            if (label.startsWith("MAP")) refs.add("lmp-mapping(5)");
        }
        refs.add("lmp-config(5)");
        if (cl.getCommandSpec().parent() == null) {
            for (Format f : FORMATS) refs.add(f.name() + "(5)");
        }
        return "== See also\n\n" + String.join(", ", refs) + "\n\n";
    }

    /** A section-5 page from the docs/ section of a format: its prose and its example file. */
    static String formatPage(Format f, Path project) throws IOException {
        List<String> lines = Files.readAllLines(project.resolve(f.doc()), StandardCharsets.UTF_8);
        int start = lines.indexOf(f.heading());
        if (start < 0) {
            throw new IOException(f.doc() + " has no heading '" + f.heading() + "' for " + f.name() + "(5)");
        }
        int level = f.heading().indexOf(' ');
        StringBuilder body = new StringBuilder();
        boolean inCode = false;
        for (int i = start + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!inCode && l.startsWith("#") && l.indexOf(' ') > 0 && l.indexOf(' ') <= level) break;
            if (l.startsWith("```")) {
                body.append(inCode ? "----\n\n" : "\n[source]\n----\n");
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                body.append(l).append('\n');
            } else if (l.startsWith("#")) {
                body.append("== ").append(l.replaceFirst("^#+\\s*", "").replace("`", "")).append("\n\n");
            } else if (!l.startsWith("|")) {
                body.append(prose(l)).append('\n');
            }
        }
        return ":doctype: manpage\n:manmanual: lmp Manual\n:mansource: lmp\n= " + f.name() + "(5)\n\n== Name\n\n"
                + f.name() + " - " + f.summary() + "\n\n== Description\n\n" + body
                + "\n== See also\n\nlmp(1), " + f.doc() + " in the installed archive\n";
    }

    /** Markdown prose as AsciiDoc: bold, links and escapes. */
    static String prose(String line) {
        return line.replaceAll("\\*\\*([^*]+)\\*\\*", "*$1*").replaceAll("\\[([^\\]]+)\\]\\(([^)]+)\\)", "$1 ($2)")
                .replace("\\|", "|");
    }
}
