package lmp.cli.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The visible commands of a command line, flattened in declaration order, as the completion
 * generators need them: each command's path from the root, its subcommands, options and positional
 * parameters (hidden ones left out), with one-line descriptions fit for a shell's menu.
 */
record CommandTree(List<String> path, CommandLine commandLine) {
    private static final Pattern VARIABLE = Pattern.compile("\\s*\\(?(default|e\\.g\\.)?:?\\s*\\$\\{[^}]*\\}\\)?");
    private static final Pattern DEFAULT_SHOWN = Pattern.compile("\\s*\\(default: [^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("@\\|\\S+\\s(.*?)\\|@");

    static List<CommandTree> walk(CommandLine root) {
        List<CommandTree> all = new ArrayList<>();
        walk(List.of(root.getCommandName()), root, all);
        return List.copyOf(all);
    }

    private static void walk(List<String> path, CommandLine cl, List<CommandTree> into) {
        into.add(new CommandTree(path, cl));
        for (Map.Entry<String, CommandLine> sub : visibleSubcommands(cl).entrySet()) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getKey());
            walk(List.copyOf(subPath), sub.getValue(), into);
        }
    }

    static Map<String, CommandLine> visibleSubcommands(CommandLine cl) {
        Map<String, CommandLine> visible = new java.util.LinkedHashMap<>();
        cl.getSubcommands().forEach((name, sub) -> {
            // aliases appear as extra keys; list each command once, under its own name
            if (!sub.getCommandSpec().usageMessage().hidden() && name.equals(sub.getCommandName())) {
                visible.put(name, sub);
            }
        });
        return visible;
    }

    String name() {
        return String.join(" ", path);
    }

    CommandSpec spec() {
        return commandLine.getCommandSpec();
    }

    Map<String, CommandLine> subcommands() {
        return visibleSubcommands(commandLine);
    }

    List<OptionSpec> options() {
        return spec().options().stream().filter(o -> !o.hidden()).toList();
    }

    List<PositionalParamSpec> positionals() {
        return spec().positionalParameters().stream().filter(p -> !p.hidden()).toList();
    }

    /**
     * The values an argument takes: picocli's completion candidates (enum constants or
     * {@code completionCandidates}), otherwise the values listed the house way at the start of its
     * description, {@code "text (default) | json | csv."}.
     */
    static List<String> candidates(ArgSpec arg) {
        List<String> values = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(values::add);
        }
        if (values.isEmpty() && !arg.isOption() && arg.command() != null
                && arg.command().userObject() instanceof lmp.cli.HelpCommand) {
            values.addAll(visibleSubcommands(arg.command().root().commandLine()).keySet()); // lmp help COMMAND
            values.remove(arg.command().name());
        }
        if (values.isEmpty() && arg.description().length > 0) {
            values.addAll(listedValues(arg.description()[0]));
        }
        if (values.isEmpty() && arg.paramLabel() != null && arg.paramLabel().matches("[a-z0-9-]+(\\|[a-z0-9-]+)+")) {
            values.addAll(List.of(arg.paramLabel().split("\\|"))); // --tie-break lot|stop|order
        }
        if (values.isEmpty() && arg.description().length > 0) {
            values.addAll(sentenceValues(arg.description()[0]));
        }
        return values;
    }

    private static final Pattern VALUE = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private static final Pattern SENTENCE_LIST = Pattern.compile(
            "^(?:[A-Z][A-Za-z ]*: )?((?:[a-z0-9][a-z0-9-]*, )+[a-z0-9][a-z0-9-]*,? or [a-z0-9][a-z0-9-]*)\\.(?:\\s|$)");

    /** Values listed in a sentence: "The office: ubt-co-lead, labor-partner, steward-council-chair or custom." */
    static List<String> sentenceValues(String description) {
        Matcher m = SENTENCE_LIST.matcher(description.strip());
        if (!m.find()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String part : m.group(1).split(",? or |, ")) {
            values.add(part.strip());
        }
        return values;
    }

    static List<String> listedValues(String description) {
        String[] parts = description.split(" \\| ");
        if (parts.length < 2) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String part : parts) {
            String word = part.strip().split("[\\s(]", 2)[0].replaceAll("[.,;]$", "");
            if (!VALUE.matcher(word).matches()) {
                return List.of();
            }
            values.add(word);
        }
        return values;
    }

    /** The first sentence of a command's description (or header), on one line, without picocli markup. */
    static String summary(CommandSpec spec) {
        String[] lines = spec.usageMessage().description().length > 0
                ? spec.usageMessage().description() : spec.usageMessage().header();
        return lines.length == 0 ? "" : firstSentence(lines[0]);
    }

    static String summary(ArgSpec arg) {
        return arg.description().length == 0 ? "" : firstSentence(arg.description()[0]);
    }

    static String firstSentence(String text) {
        String plain = MARKUP.matcher(text).replaceAll("$1");
        plain = DEFAULT_SHOWN.matcher(plain).replaceAll(""); // a config file may change it; scripts must not
        plain = VARIABLE.matcher(plain).replaceAll("").replace("%n", " ").replaceAll("\\s+", " ").strip();
        int end = plain.indexOf(". ");
        String sentence = end > 0 ? plain.substring(0, end + 1) : plain;
        if (sentence.length() <= MAX_SUMMARY) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_SUMMARY - 3);
        return sentence.substring(0, cut > 0 ? cut : MAX_SUMMARY - 3).replaceAll("[,;:]$", "") + "...";
    }

    /** Shell menus show one line per choice; longer descriptions wrap or get cut mid-word. */
    private static final int MAX_SUMMARY = 80;
}
