package lmp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lmp.io.Fields;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.MissingInputException;
import lmp.io.Node;
import lmp.io.Problem;
import lmp.io.YamlTree;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from a config file, through picocli's default-value provider: the file named by
 * {@code LMP_CONFIG}, otherwise {@code $XDG_CONFIG_HOME/lmp/config.yaml} or
 * {@code ~/.config/lmp/config.yaml} when it exists. A key is the command path and the option's long
 * name without dashes, written flat or nested; options of {@code lmp} itself sit at the top:
 * <pre>
 * election.tally.format: json      # lmp election tally --format json
 * roster:
 *   export:
 *     format: csv                   # lmp roster export --format csv
 * verbose: true                     # lmp -v, for every command
 * </pre>
 * Options given on the command line win. The file is read once, lazily, only when lmp runs. A file
 * that cannot be read or parsed, or one key written both flat and nested, is a located error (exit
 * 65, or 66 for a missing {@code LMP_CONFIG} file) before any command runs; a key that names no
 * option is a located warning and is ignored, so a key left over from another version of lmp does
 * not stop every cron job at once; {@code force} is ignored with a warning (it is given on the
 * command line only). A value starting with {@code ~/} has it replaced by the home directory.
 * {@code --help} and {@code --version} still work, so a broken config cannot lock anyone out.
 */
public final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    /** The environment variable that names the config file. */
    public static final String VARIABLE = "LMP_CONFIG";

    /** Options that only the command line may set: a config file must never replace files silently. */
    static final Set<String> COMMAND_LINE_ONLY = Set.of("force");

    /** A value from the file and where it is written. */
    public record Value(String text, Location location) {
    }

    private final Optional<Path> file;
    private final boolean named;
    private final Optional<String> home;
    private Map<String, Value> values;
    private RuntimeException failure;

    private ConfigDefaults(Optional<Path> file, boolean named, Optional<String> home) {
        this.file = file;
        this.named = named;
        this.home = home;
    }

    public static ConfigDefaults from(CliEnvironment environment) {
        Optional<String> home = environment.variable("HOME");
        Optional<String> named = environment.variable(VARIABLE);
        if (named.isPresent()) {
            return new ConfigDefaults(Optional.of(Path.of(expandHome(named.get(), home))), true, home);
        }
        Optional<Path> base = environment.variable("XDG_CONFIG_HOME").map(x -> Path.of(expandHome(x, home)))
                .or(() -> home.map(h -> Path.of(h, ".config")));
        return new ConfigDefaults(base.map(b -> b.resolve("lmp").resolve("config.yaml")), false, home);
    }

    /** {@code ~} and {@code ~/...} as a shell would expand them; anything else unchanged. */
    static String expandHome(String value, Optional<String> home) {
        if (home.isEmpty()) return value;
        if (value.equals("~")) return home.get();
        if (value.startsWith("~/")) return home.get() + value.substring(1);
        return value;
    }

    /** The config file lmp reads, if any: the one LMP_CONFIG names, or the default place. */
    public Optional<Path> file() {
        return file;
    }

    /** Whether the file was named by LMP_CONFIG (rather than found in the default place). */
    public boolean namedByVariable() {
        return named;
    }

    public boolean exists() {
        return file.isPresent() && Files.isRegularFile(file.get());
    }

    /** Every key the file sets, in file order, with its value and place. */
    public Map<String, Value> values() {
        return load();
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || commandLineOnly(option)) {
            return null;
        }
        String key = key(option);
        Value value = COMMAND_LINE_ONLY.contains(lastPart(key)) ? null : load().get(key);
        if (value == null) {
            return null;
        }
        return "--format".equals(option.longestName()) ? FormatAliases.current(value.text()) : value.text();
    }

    /** Where the config file set this option's value, for a usage error about that value. */
    public Optional<Location> origin(ArgSpec arg) {
        return arg instanceof OptionSpec option ? Optional.ofNullable(load().get(key(option))).map(Value::location)
                : Optional.empty();
    }

    /**
     * Options of {@code command} whose value came from the file (not given on the command line) and
     * whose value the {@code message} quotes: where the message's cause was written.
     */
    public List<Location> originsQuotedIn(CommandLine command, String message) {
        List<Location> found = new ArrayList<>();
        if (command == null || message == null) return found;
        CommandLine.ParseResult parsed = command.getParseResult();
        for (OptionSpec option : command.getCommandSpec().options()) {
            Value v = load().get(key(option));
            if (v == null || (parsed != null && parsed.hasMatchedOption(option))) continue;
            // only free text (a path, an id): a format or a number would match words of any message
            if (option.type() != String.class) continue;
            if (!v.text().isBlank() && message.contains(v.text())) {
                found.add(v.location());
            }
        }
        return found;
    }

    /**
     * Checks the file against lmp's command model. Throws, as the execution exception handler
     * expects, when the file could not be read or a key is written twice; returns the warnings (keys
     * that name no option, options the file may not set), which the caller prints. {@code running}
     * is the command line being run, which may hold only the branch of the command given
     * ({@link Lmp#forArguments}); a key it does not know is looked up in {@code wholeTree}, built only
     * then, so a file that sets only keys of the command being run costs no other command's model.
     */
    public List<Problem> check(CommandLine running, java.util.function.Supplier<CommandLine> wholeTree) {
        load();
        if (failure != null) {
            throw new CommandLine.ExecutionException(running, "config file", failure);
        }
        if (values.isEmpty()) {
            return List.of();
        }
        Map<String, OptionSpec> known = keys(running);
        if (!known.keySet().containsAll(values.keySet())) {
            known = keys(wholeTree.get());
        }
        List<Problem> warnings = new ArrayList<>();
        Map<String, OptionSpec> options = known;
        values.forEach((key, value) -> {
            if (!options.containsKey(key)) {
                warnings.add(Problem.warning(value.location(), "'" + key + "' is not an lmp option"
                        + Fields.suggestion(key, new TreeSet<>(options.keySet()))
                        + "; it is ignored (keys are COMMAND.SUBCOMMAND.OPTION, e.g. election.tally.format)"));
            } else if (COMMAND_LINE_ONLY.contains(lastPart(key))) {
                warnings.add(Problem.warning(value.location(), "'" + key + "' is ignored: --" + lastPart(key)
                        + " is given on the command line only, so that no file is ever replaced without being asked"));
            }
        });
        return warnings;
    }

    /** Every option key of the command model, with its option, in command order. */
    public static Map<String, OptionSpec> keys(CommandLine root) {
        Map<String, OptionSpec> known = new LinkedHashMap<>();
        collect(root, known);
        return known;
    }

    private static String lastPart(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** Replacing an existing file must be asked for each time, on the command line (docs/reliability.md). */
    private static boolean commandLineOnly(OptionSpec option) {
        return java.util.Arrays.asList(option.names()).contains("--force");
    }

    private static void collect(CommandLine cl, Map<String, OptionSpec> into) {
        for (OptionSpec option : cl.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp() && !option.hidden()) {
                into.putIfAbsent(key(option), option);
            }
        }
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) collect(sub, into);
        });
    }

    /** {@code election.tally.format}; an option inherited from {@code lmp} keeps its top-level key. */
    public static String key(OptionSpec option) {
        OptionSpec declared = option;
        CommandSpec command = option.command();
        if (option.inherited()) {
            command = command.root();
        }
        String name = declared.longestName().replaceFirst("^-+", "");
        String path = command == null ? "" : command.qualifiedName(".");
        int firstDot = path.indexOf('.');
        return firstDot < 0 ? name : path.substring(firstDot + 1) + "." + name;
    }

    private Map<String, Value> load() {
        if (values != null) {
            return values;
        }
        values = Map.of();
        if (file.isEmpty() || (!named && !Files.isRegularFile(file.get()))) {
            return values;
        }
        try {
            Node root = YamlTree.parse(InputFile.read(file.get().toString(), java.io.InputStream.nullInputStream()));
            Map<String, Value> read = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            flatten("", root, read, problems);
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            values = java.util.Collections.unmodifiableMap(read);
        } catch (InputException | MissingInputException e) {
            failure = e;
        }
        return values;
    }

    private void flatten(String prefix, Node node, Map<String, Value> into, List<Problem> problems) {
        if (node instanceof Node.MapNode map) {
            for (Node.Entry entry : map.entries().values()) {
                flatten(prefix.isEmpty() ? entry.key() : prefix + "." + entry.key(), entry.value(), into, problems);
            }
        } else if (node instanceof Node.Scalar scalar && !scalar.isNull() && !prefix.isEmpty()) {
            Value earlier = into.get(prefix);
            if (earlier != null) {
                problems.add(Problem.error(scalar.location(), "'" + prefix + "' is set twice, here and at line "
                        + earlier.location().line() + " (one written flat, one nested); keep one of them"));
                return;
            }
            into.put(prefix, new Value(expandHome(scalar.text(), home), scalar.location()));
        } else if (prefix.isEmpty() && node instanceof Node.Scalar scalar && scalar.isNull()) {
            return; // an empty file sets nothing
        } else {
            problems.add(Problem.error(node.location(), (prefix.isEmpty() ? "the config file" : "'" + prefix + "'")
                    + " is " + node.describe() + "; give each option one value, e.g. election.tally.format: json"));
        }
    }
}
