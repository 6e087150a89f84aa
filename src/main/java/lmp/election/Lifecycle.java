package lmp.election;

import java.util.Optional;

/**
 * The rules of an election's life cycle, in one place: which step may follow which stage, and the
 * stage a step leaves behind.
 *
 * <pre>
 *   draft --intake--> voting --tally (complete)--> counted --certify--> certified
 *     ^                 ^  \--tally (tie, stop)--> voting                  |
 *     |                 |                                                  |
 *     |              reopened <--------------- reopen ---------------------+  (also from counted)
 * </pre>
 *
 * Taking ballots in is refused once the election is counted or certified: nothing may change the
 * count unseen (29 CFR 452.106: every ballot accounted for; 452.108: results published). A second
 * certification is refused outright; the only way back is {@code reopen}, which is logged, voids
 * the certificate, and lets a later certification replace (never add to) the role assignment the
 * voided one wrote. What blocks a certification is {@link CertificationGate}.
 */
public final class Lifecycle {

    /** The steps that change an election. */
    public enum Step {
        INTAKE("intake"), TALLY("tally"), DRAW("draw"), CERTIFY("certify"), REOPEN("reopen");

        private final String id;

        Step(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private Lifecycle() {
    }

    /** Why {@code step} may not follow {@code stage}, or empty when it may. */
    public static Optional<String> refusal(Stage stage, Step step) {
        String why = switch (step) {
            case INTAKE -> switch (stage) {
                case DRAFT, VOTING, REOPENED -> null;
                case COUNTED -> "the election is counted; nothing may be taken in after the count. If the count must change, "
                        + "run 'lmp election reopen ELECTION --reason TEXT' first (it is logged)";
                case CERTIFIED -> "the election is certified; nothing may be taken in after certification. If the result must "
                        + "change, run 'lmp election reopen ELECTION --reason TEXT' first (it is logged and voids the certificate)";
            };
            case TALLY -> switch (stage) {
                case DRAFT -> "nothing has been taken in; record the ballots with 'lmp election intake' first";
                case VOTING, COUNTED, REOPENED -> null;
                case CERTIFIED -> "the election is certified; 'lmp election verify' recounts without changing it, and "
                        + "'lmp election reopen' is the one way to count again";
            };
            case DRAW -> stage == Stage.CERTIFIED ? "the election is certified; reopen it before drawing a lot" : null;
            case CERTIFY -> switch (stage) {
                case COUNTED -> null;
                case CERTIFIED -> "the election is already certified; certifying again is refused, with or without --force. "
                        + "To change the result run 'lmp election reopen ELECTION --reason TEXT', then tally and certify";
                case DRAFT, VOTING, REOPENED -> "the election is " + stage.id() + ", not counted; run 'lmp election tally' first "
                        + "(a tally that stopped at a tie does not count)";
            };
            case REOPEN -> switch (stage) {
                case COUNTED, CERTIFIED -> null;
                case DRAFT, VOTING, REOPENED -> "the election is " + stage.id() + "; only a counted or certified election can be reopened";
            };
        };
        return Optional.ofNullable(why);
    }

    /** The stage after {@code step} succeeded on an election at {@code stage}; {@code complete} is whether a tally elected every seat. */
    public static Stage after(Stage stage, Step step, boolean complete) {
        return switch (step) {
            case INTAKE -> stage == Stage.DRAFT ? Stage.VOTING : stage;
            case TALLY -> complete ? Stage.COUNTED : (stage == Stage.REOPENED ? Stage.REOPENED : Stage.VOTING);
            case DRAW -> stage;
            case CERTIFY -> Stage.CERTIFIED;
            case REOPEN -> Stage.REOPENED;
        };
    }
}
