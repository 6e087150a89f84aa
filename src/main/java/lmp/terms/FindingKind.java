package lmp.terms;

/** The kinds of finding {@link TermRules} reports, one per rule; {@code id} is how reports spell them. */
public enum FindingKind {
    TERM_LONGER_THAN_POLICY("term-longer-than-policy"),
    TERM_LONGER_THAN_LMRDA_CAP("term-longer-than-lmrda-cap"),
    TOO_MANY_CONSECUTIVE_TERMS("too-many-consecutive-terms"),
    HELD_PAST_END("held-past-end"),
    VACANT_SEAT("vacant-seat"),
    TOO_MANY_HOLDERS("too-many-holders"),
    NOT_A_STEWARD("not-a-steward"),
    NOT_A_STEWARD_OF_THE_COUNCIL("not-a-steward-of-the-council"),
    HOLDER_NOT_ON_ROSTER("holder-not-on-roster"),
    HOLDER_NOT_ACTIVE("holder-not-active"),
    HOLDER_NOT_IN_GOOD_STANDING("holder-not-in-good-standing");

    private final String id;

    FindingKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
