package lmp.cli;

import picocli.CommandLine;

/** A command that only groups subcommands: run alone, it shows its usage and exits with a usage error. */
public abstract class CommandGroup extends BaseCommand {
    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (cl.getSubcommands().isEmpty()) {
            err().println(spec.qualifiedName() + ": no commands yet in this version.");
        } else {
            err().println(spec.qualifiedName() + ": missing command; choose one of: "
                    + String.join(", ", cl.getSubcommands().keySet()) + " (lmp help COMMAND for each)");
        }
        cl.usage(err());
        return ExitCode.USAGE;
    }
}
