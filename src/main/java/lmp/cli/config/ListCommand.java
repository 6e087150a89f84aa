package lmp.cli.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.cli.BaseCommand;
import lmp.cli.ConfigDefaults;
import lmp.cli.ExitCode;
import lmp.cli.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** {@code lmp config list}: the option defaults the config file sets, each with its origin. */
@Command(name = "list",
        description = {"List the option defaults the config file sets, as KEY = VALUE and the file:line that sets it. "
                + "With --all, every option of every command, with its effective default and where it comes from "
                + "(the config file, or built-in). Keys the file sets that name no option are listed as ignored."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp config list", "  lmp config list --all", "  lmp config list --format json"})
public final class ListCommand extends BaseCommand {
    enum Format { text, json }

    @Option(names = "--all", description = "Every option key, not only those the file sets.")
    boolean all;

    @Option(names = "--format", paramLabel = "FORMAT", preprocessor = lmp.cli.FormatAliases.class,
            description = "text (default) | json.")
    Format format = Format.text;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        ConfigDefaults config = (ConfigDefaults) root.getDefaultValueProvider();
        Map<String, OptionSpec> keys = ConfigDefaults.keys(root);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, ConfigDefaults.Value> set = config.values();
        set.forEach((key, value) -> rows.add(row(key, value.text(), value.location().render(),
                keys.containsKey(key) ? "" : "ignored: not an lmp option")));
        if (all) {
            keys.forEach((key, option) -> {
                if (set.containsKey(key) || option.arity().max() == 0 && option.defaultValue() == null) {
                    if (!set.containsKey(key) && option.arity().max() == 0) {
                        rows.add(row(key, "false", "built-in", ""));
                    }
                    return;
                }
                String builtIn = option.defaultValue() != null ? option.defaultValue()
                        : option.initialValue() == null ? "" : String.valueOf(option.initialValue());
                if (builtIn.startsWith("[") || builtIn.equals("null")) builtIn = "";
                rows.add(row(key, builtIn, "built-in", ""));
            });
        }
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", config.file().map(Object::toString).orElse(null));
            doc.put("exists", config.exists());
            doc.put("options", rows);
            out().print(JsonOutput.of(doc));
        } else {
            for (Map<String, Object> r : rows) {
                out().println(r.get("key") + " = " + r.get("value") + "    (" + r.get("origin") + ")"
                        + (r.get("note").toString().isEmpty() ? "" : "  " + r.get("note")));
            }
            if (set.isEmpty()) {
                note("note: " + config.file().map(p -> p + (config.exists() ? " sets no options" : " does not exist"))
                        .orElse("no config file") + "; every option has its built-in default");
            }
        }
        out().flush();
        return ExitCode.OK;
    }

    private static Map<String, Object> row(String key, String value, String origin, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("value", value);
        m.put("origin", origin);
        m.put("note", note);
        return m;
    }
}
