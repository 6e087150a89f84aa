package lmp.roster;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lmp.io.Location;

/**
 * One record read from an import source, to be merged into a roster by its key ({@link RosterMerge}).
 * Where it came from ({@link #origin()}) is reported with every change and every rejection.
 */
public sealed interface ImportRecord {
    Location origin();

    /**
     * A member's values; only the fields in {@code given} are taken (a column an export does not have
     * leaves the roster's value alone). {@code stewardCouncil} is the council when given without a
     * {@code steward_since} (it then changes the council of an existing steward designation).
     */
    record MemberUpdate(Member values, Set<MemberField> given, Optional<String> stewardCouncil) implements ImportRecord {
        public MemberUpdate {
            Objects.requireNonNull(values, "values");
            given = Set.copyOf(given);
            Objects.requireNonNull(stewardCouncil, "stewardCouncil");
        }

        /** A member with every field given, as a roster YAML file gives it. */
        public static MemberUpdate whole(Member m) {
            return new MemberUpdate(m, EnumSet.allOf(MemberField.class), m.steward().flatMap(StewardDesignation::council));
        }

        @Override
        public Location origin() {
            return values.origin();
        }
    }

    record UbtRecord(Ubt ubt) implements ImportRecord {
        @Override
        public Location origin() {
            return ubt.origin();
        }
    }

    record CouncilRecord(Council council) implements ImportRecord {
        @Override
        public Location origin() {
            return council.origin();
        }
    }

    record RoleRecord(RoleAssignment role) implements ImportRecord {
        @Override
        public Location origin() {
            return role.origin();
        }
    }

    /** The roster's display name. */
    record RosterName(String name, Location origin) implements ImportRecord {
    }
}
