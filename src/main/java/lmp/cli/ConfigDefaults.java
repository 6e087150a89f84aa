package lmp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Options given on the command line win. The file is read once, lazily, only when lmp runs; a file
 * that cannot be read or parsed, or a key that names no option, is a located error (exit 65, or 66
 * for a missing {@code LMP_CONFIG} file) before any command runs; {@code --help} and
 * {@code --version} still work, so a broken config cannot lock anyone out.
 */
public final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    /** The environment variable that names the config file. */
    public static final String VARIABLE = "LMP_CONFIG";

    record Value(String text, Location location) {
    }

    private final Optional<Path> file;
    private final boolean named;
    private Map<String, Value> values;
    private RuntimeException failure;

    private ConfigDefaults(Optional<Path> file, boolean named) {
        this.file = file;
        this.named = named;
    }

    public static ConfigDefaults from(CliEnvironment environment) {
        Optional<String> named = environment.variable(VARIABLE);
        if (named.isPresent()) {
            return new ConfigDefaults(Optional.of(Path.of(named.get())), true);
        }
        Optional<Path> base = environment.variable("XDG_CONFIG_HOME").map(Path::of)
                .or(() -> environment.variable("HOME").map(home -> Path.of(home, ".config")));
        return new ConfigDefaults(base.map(b -> b.resolve("lmp").resolve("config.yaml")), false);
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        Value value = load().get(key(option));
        if (value == null) {
            return null;
        }
        return "--format".equals(option.longestName()) ? FormatAliases.current(value.text()) : value.text();
    }

    /** Where the config file set this option's value, for a usage error about that value. */
    Optional<Location> origin(ArgSpec arg) {
        return arg instanceof OptionSpec option ? Optional.ofNullable(load().get(key(option))).map(Value::location)
                : Optional.empty();
    }

    /**
     * Throws, as the execution exception handler expects, if the file could not be read or names an
     * option that does not exist in {@code root}'s command model.
     */
    void check(CommandLine root) {
        load();
        if (failure != null) {
            throw new CommandLine.ExecutionException(root, "config file", failure);
        }
        Map<String, OptionSpec> known = new LinkedHashMap<>();
        collect(root, known);
        List<Problem> problems = new ArrayList<>();
        values.forEach((key, value) -> {
            if (!known.containsKey(key)) {
                problems.add(Problem.error(value.location(), "'" + key + "' is not an lmp option"
                        + Fields.suggestion(key, new TreeSet<>(known.keySet()))
                        + "; keys are COMMAND.SUBCOMMAND.OPTION, e.g. election.tally.format"));
            }
        });
        if (!problems.isEmpty()) {
            throw new CommandLine.ExecutionException(root, "config file", new InputException(problems));
        }
    }

    private static void collect(CommandLine cl, Map<String, OptionSpec> into) {
        for (OptionSpec option : cl.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                into.put(key(option), option);
            }
        }
        cl.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    /** {@code election.tally.format}; an option inherited from {@code lmp} keeps its top-level key. */
    static String key(OptionSpec option) {
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
            values = Map.copyOf(read);
        } catch (InputException | MissingInputException e) {
            failure = e;
        }
        return values;
    }

    private static void flatten(String prefix, Node node, Map<String, Value> into, List<Problem> problems) {
        if (node instanceof Node.MapNode map) {
            for (Node.Entry entry : map.entries().values()) {
                flatten(prefix.isEmpty() ? entry.key() : prefix + "." + entry.key(), entry.value(), into, problems);
            }
        } else if (node instanceof Node.Scalar scalar && !scalar.isNull() && !prefix.isEmpty()) {
            into.put(prefix, new Value(scalar.text(), scalar.location()));
        } else if (prefix.isEmpty() && node instanceof Node.Scalar scalar && scalar.isNull()) {
            return; // an empty file sets nothing
        } else {
            problems.add(Problem.error(node.location(), (prefix.isEmpty() ? "the config file" : "'" + prefix + "'")
                    + " is " + node.describe() + "; give each option one value, e.g. election.tally.format: json"));
        }
    }
}
