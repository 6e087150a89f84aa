package lmp.cli.terms;

import lmp.cli.ExitCode;
import lmp.cli.OutputFileOptions;
import lmp.io.AtomicFiles;
import lmp.terms.TermsPolicy;
import lmp.terms.formats.PolicyText;
import lmp.terms.formats.PolicyYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lmp terms policy}: prints the effective role policy. */
@Command(name = "policy",
        description = {"Print the effective role policy: the built-in role policy, overridden by --policy FILE, "
                + "with the source of every value, and which roles are LMRDA officers (Title IV is the law for them; for the "
                + "partnership roles lmp applies it as best practice, which the policy may relax).",
                "--format yaml writes the policy-file schema: a starting point for a union's own file."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp terms policy",
            "  lmp terms policy --policy examples/terms/policy.yaml",
            "  lmp terms policy --format yaml -o my-policy.yaml"})
public final class PolicyCommand extends TermsInputCommand {
    enum Format { text, json, yaml }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json (with sources) or yaml (policy-file schema). Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        TermsPolicy policy = policy();
        String body = switch (format) {
            case text -> PolicyText.text(policy);
            case json -> PolicyYaml.toJson(policy);
            case yaml -> PolicyYaml.toYaml(policy);
        };
        writeText(output.target(), output.force(), AtomicFiles.Privacy.PUBLIC, body);
        return ExitCode.OK;
    }
}
