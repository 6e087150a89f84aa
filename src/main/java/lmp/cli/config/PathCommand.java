package lmp.cli.config;

import java.util.LinkedHashMap;
import java.util.Map;
import lmp.cli.BaseCommand;
import lmp.cli.ConfigDefaults;
import lmp.cli.ExitCode;
import lmp.cli.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lmp config path}: the config file lmp reads, and whether it exists. */
@Command(name = "path",
        description = {"Print the path of the config file lmp reads: the file LMP_CONFIG names, otherwise "
                + "$XDG_CONFIG_HOME/lmp/config.yaml or ~/.config/lmp/config.yaml. A note on stderr says when it does not exist."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp config path", "  ${EDITOR:-vi} \"$(lmp config path)\""})
public final class PathCommand extends BaseCommand {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", preprocessor = lmp.cli.FormatAliases.class,
            description = "text (default) | json.")
    Format format = Format.text;

    @Override
    public Integer call() {
        ConfigDefaults config = (ConfigDefaults) spec.root().commandLine().getDefaultValueProvider();
        String path = config.file().map(Object::toString).orElse("");
        String from = config.namedByVariable() ? "LMP_CONFIG" : "default place";
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", path.isEmpty() ? null : path);
            m.put("from", from);
            m.put("exists", config.exists());
            out().print(JsonOutput.of(m));
        } else if (!path.isEmpty()) {
            out().println(path);
            if (!config.exists()) {
                note("note: " + path + " does not exist; lmp uses its built-in defaults");
            }
        } else {
            note("note: no config file: neither LMP_CONFIG, XDG_CONFIG_HOME nor HOME is set");
        }
        out().flush();
        return ExitCode.OK;
    }
}
