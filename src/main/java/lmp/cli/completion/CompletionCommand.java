package lmp.cli.completion;

import lmp.cli.BaseCommand;
import lmp.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lmp completion SHELL}: prints the completion script for bash, zsh or fish. */
@Command(name = "completion",
        description = "Print the shell completion script for bash, zsh or fish, generated from lmp's commands and options.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp completion bash > ~/.local/share/bash-completion/completions/lmp",
            "  lmp completion zsh > ~/.zfunc/_lmp       # with fpath+=(~/.zfunc) before compinit in ~/.zshrc",
            "  lmp completion fish > ~/.config/fish/completions/lmp.fish",
            "  source <(lmp completion bash)           # just for this shell"})
public final class CompletionCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
    CompletionScripts.Shell shell;

    @Override
    public Integer call() {
        out().print(CompletionScripts.script(shell, spec.root().commandLine()));
        out().flush();
        return ExitCode.OK;
    }
}
