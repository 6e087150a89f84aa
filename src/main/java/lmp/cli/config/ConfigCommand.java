package lmp.cli.config;

import lmp.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * The {@code lmp config} command group: where the config file is and what it sets.
 * Its commands are listed in {@code lmp.cli.Commands}.
 */
@Command(name = "config",
        description = "Show where lmp's config file is and the option defaults it sets, each with the line that sets it.",
        footerHeading = "%nExamples:%n",
        footer = {"  lmp config path", "  lmp config list", "  lmp config list --all --format json"})
public final class ConfigCommand extends CommandGroup {
}
