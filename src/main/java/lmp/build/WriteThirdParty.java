package lmp.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes THIRD-PARTY.txt: for every library bundled in lmp.jar (the runtime class path the build
 * runs this with), its coordinates, the licence its POM declares, and the full text of every
 * LICENSE and NOTICE file it ships. The shaded jar can keep only one file per name, so this file,
 * in the archive beside LICENSE, is where every bundled library's licence and notices are kept.
 * Run by the build in prepare-package (pom.xml); a build tool, left out of lmp.jar.
 */
public final class WriteThirdParty {
    private static final Pattern LICENSE_FILE = Pattern.compile("(?i)(^|/)(license|licence|notice)([.-][^/]*)?$");
    private static final Pattern POM_LICENSE = Pattern.compile(
            "<license>\\s*<name>([^<]*)</name>(?:\\s*<url>([^<]*)</url>)?", Pattern.DOTALL);

    private WriteThirdParty() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/THIRD-PARTY.txt");
        TreeMap<String, String> sections = new TreeMap<>();
        for (URL url : classPath()) {
            if (!"file".equals(url.getProtocol()) || !url.getPath().endsWith(".jar")) continue;
            Path jar = Path.of(java.net.URI.create(url.toString()));
            String section = section(jar);
            if (section != null) {
                sections.put(section.lines().findFirst().orElse(""), section);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("Third-party software bundled in lmp.jar\n")
                .append("=======================================\n\n")
                .append("lmp itself is under the Apache License 2.0 (LICENSE). lmp.jar also contains the libraries\n")
                .append("below, each under its own licence; for each: its coordinates, the licence its POM declares,\n")
                .append("and every LICENSE and NOTICE file it ships, in full.\n\n");
        sections.values().forEach(s -> out.append(s).append('\n'));
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
    }

    private static List<URL> classPath() {
        List<URL> urls = new ArrayList<>();
        for (ClassLoader cl = Thread.currentThread().getContextClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof URLClassLoader u) {
                urls.addAll(List.of(u.getURLs()));
                break;
            }
        }
        return urls;
    }

    /** One library's section, or null for a jar that is not a Maven artifact. */
    static String section(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Properties coordinates = null;
            String pom = null;
            TreeMap<String, String> texts = new TreeMap<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (entry.isDirectory()) continue;
                if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties") && coordinates == null) {
                    coordinates = new Properties();
                    try (InputStream in = zip.getInputStream(entry)) {
                        coordinates.load(in);
                    }
                } else if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.xml") && pom == null) {
                    pom = read(zip, entry);
                } else if (LICENSE_FILE.matcher(name).find() && !name.endsWith(".class")) {
                    texts.put(name, read(zip, entry));
                }
            }
            if (coordinates == null) {
                // A jar built without Maven (picocli, ical4j): its place in the local repository says
                // group/artifact/version, and the POM beside it the licence.
                coordinates = fromRepositoryPath(jar);
                if (coordinates == null) return null;
                Path pomFile = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".pom"));
                if (pom == null && Files.isRegularFile(pomFile)) pom = Files.readString(pomFile, StandardCharsets.UTF_8);
            }
            String id = coordinates.getProperty("groupId") + ":" + coordinates.getProperty("artifactId") + ":"
                    + coordinates.getProperty("version");
            StringBuilder s = new StringBuilder();
            s.append(id).append('\n').append("-".repeat(id.length())).append('\n');
            List<String> declared = new ArrayList<>();
            if (pom != null) {
                Matcher m = POM_LICENSE.matcher(pom);
                while (m.find()) {
                    declared.add(m.group(1).strip() + (m.group(2) == null ? "" : " <" + m.group(2).strip() + ">"));
                }
            }
            s.append("Licence (from its POM): ").append(declared.isEmpty() ? "see its parent POM" : String.join("; ", declared))
                    .append('\n');
            if (texts.isEmpty()) {
                s.append("The jar ships no LICENSE or NOTICE file.\n");
            }
            texts.forEach((name, text) -> s.append("\n--- ").append(name).append(" ---\n").append(text.strip()).append('\n'));
            return s.toString();
        }
    }

    /** {@code .../repository/info/picocli/picocli/4.7.7/picocli-4.7.7.jar} as its coordinates, or null. */
    static Properties fromRepositoryPath(Path jar) {
        Path version = jar.getParent();
        Path artifact = version == null ? null : version.getParent();
        if (artifact == null || !jar.getFileName().toString().equals(artifact.getFileName() + "-" + version.getFileName() + ".jar")) {
            return null;
        }
        List<String> group = new ArrayList<>();
        for (Path p = artifact.getParent(); p != null && p.getFileName() != null; p = p.getParent()) {
            if (p.getFileName().toString().equals("repository")) {
                java.util.Collections.reverse(group);
                Properties c = new Properties();
                c.setProperty("groupId", String.join(".", group));
                c.setProperty("artifactId", artifact.getFileName().toString());
                c.setProperty("version", version.getFileName().toString());
                return c;
            }
            group.add(p.getFileName().toString());
        }
        return null;
    }

    private static String read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    static boolean isLicenseFile(String name) {
        return LICENSE_FILE.matcher(name.toLowerCase(Locale.ROOT)).find();
    }
}
