package lmp.election;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lmp.io.InputFile;

/**
 * Creating an election: the election file (stage {@code draft}) and the first record of its audit
 * chain, which names the roster by its keyed digest (the roster is personal data).
 */
public final class NewStep {
    private NewStep() {
    }

    /** The state of a new election (nothing on disk yet) and its outcome. */
    public record Created(ElectionState state, StepOutcome outcome) {
    }

    public static Created run(Election election, String name, byte[] key, String rosterPath, InputFile roster, int candidates) {
        Election draft = election.withStatus(ElectionStatus.draft());
        InputFile file = InputFile.of(name, lmp.election.formats.ElectionYaml.toYaml(draft).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ElectionState s = new ElectionState(name, file, lmp.io.YamlTree.parse(file), draft, Map.of(), false, List.of(), Optional.of(key));
        Map<String, Object> result = new TreeMap<>();
        result.put("office", draft.office().kind().id() + " " + draft.office().scope());
        result.put("eligible_voters", draft.voters().size());
        result.put("candidates", candidates);
        result.put("stage", Stage.DRAFT.id());
        StepOutcome o = new StepOutcome(draft, List.of(), Optional.of(new StepOutcome.Entry("election new",
                List.of(s.keyed(rosterPath, roster.bytes())), List.of(), result)), List.of(), List.of());
        return new Created(s, o);
    }
}
