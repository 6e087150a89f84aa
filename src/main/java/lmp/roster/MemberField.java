package lmp.roster;

/** The fields of a member that an import can set; an import changes only the fields its source gives. */
public enum MemberField {
    NAME("name"), LOCAL("local"), BARGAINING_UNIT("bargaining_unit"), UBT("ubt"), STATUS("status"),
    GOOD_STANDING("good_standing"), STEWARD_SINCE("steward_since"), STEWARD_COUNCIL("steward_council"),
    DUES_PAID_THROUGH("dues_paid_through"), MEMBER_SINCE("member_since");

    private final String id;

    MemberField(String id) {
        this.id = id;
    }

    /** The field's name in files (the CSV column, the YAML key). */
    public String id() {
        return id;
    }
}
