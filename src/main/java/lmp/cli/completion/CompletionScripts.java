package lmp.cli.completion;

import picocli.CommandLine;

/** The completion script for each shell, generated from the command model. */
public final class CompletionScripts {
    private CompletionScripts() {
    }

    /** Shells lmp completes in; the file name is the one committed under {@code completion/}. */
    public enum Shell {
        bash("lmp.bash"), zsh("_lmp"), fish("lmp.fish");

        private final String fileName;

        Shell(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    public static String script(Shell shell, CommandLine root) {
        return switch (shell) {
            case bash -> BashCompletion.script(root);
            case zsh -> ZshCompletion.script(root);
            case fish -> FishCompletion.script(root);
        };
    }
}
