package lmp.count;

/**
 * A counting rule. Each implementation is one rule, self-contained, whose javadoc cites the
 * standard it follows and lists its steps in order; nothing else knows a rule's details.
 * A method records its rounds and winners in the {@link RoundLog} and asks the {@link TieBreak}
 * whenever it must choose between tied candidates.
 */
public sealed interface CountMethod permits Plurality, Approval, InstantRunoff, SequentialIrv, BottomsUp,
        ScottishStv, MeekStv {

    void count(Preferences prefs, int seats, TieBreak ties, RoundLog log);

    static CountMethod of(CountConfig config) {
        return switch (config.method()) {
            case SEQUENTIAL_IRV -> new SequentialIrv();
            case BOTTOMS_UP -> new BottomsUp(config.threshold());
            case PLURALITY -> new Plurality();
            case APPROVAL -> new Approval();
            case IRV -> new InstantRunoff();
            case STV -> new ScottishStv();
            case MEEK -> new MeekStv();
        };
    }
}
