package lmp.cli.election;

import java.util.ArrayList;
import java.util.List;
import lmp.cli.AsOfOption;
import lmp.election.DrawStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp election draw}: records the seed of a lot drawn in public, with its witnesses (see {@link DrawStep}). */
@Command(name = "draw",
        description = {"Record the seed of a lot drawn in public for ties, with the witnesses.",
                "Draw the number in front of the observers (for example numbered balls from a bag), before or after the "
                + "tally; the election's tie rule becomes 'lot' with that seed, a recount decides every tie by it, and "
                + "the certificate states the seed and the witnesses. A lot is drawn once."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election draw examples/elections/icu-co-lead/icu-2026.yaml --seed 4711 --witness \"Ana Ruiz (observer for Iris Quintero)\" --witness \"Ben Cho (teller)\" --as-of 2026-11-05"})
public final class DrawCommand extends ElectionBaseCommand {

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file.")
    String electionPath;

    @Option(names = "--seed", required = true, paramLabel = "NUMBER", description = "The number drawn in public.")
    String seed;

    @Option(names = "--witness", required = true, paramLabel = "NAME", description = "A witness of the drawing (repeat for each).")
    List<String> witnesses = new ArrayList<>();

    @Mixin
    AsOfOption asOf;

    @picocli.CommandLine.Mixin
    ElectionFormat outputFormat;

    @Override
    public Integer call() {
        json = outputFormat.json();
        return lockedStep(electionPath, asOf.value(), s -> DrawStep.run(s, seed.strip(), witnesses, asOf(asOf.value())));
    }
}
