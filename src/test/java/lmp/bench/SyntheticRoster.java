package lmp.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import lmp.io.Location;
import lmp.roster.Council;
import lmp.roster.HowChosen;
import lmp.roster.Member;
import lmp.roster.MemberStatus;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;
import lmp.roster.StewardDesignation;
import lmp.roster.Ubt;
import lmp.roster.formats.RosterCsv;
import lmp.roster.formats.RosterYaml;

/**
 * Large synthetic rosters for benchmarks (and for other developers' benchmarks: keep this
 * interface). The roster is valid by construction ({@code lmp roster validate} exits 0) and the
 * same arguments always give the same bytes.
 *
 * <pre>
 * java -cp target/test-classes:target/lmp.jar lmp.bench.SyntheticRoster \
 *     --members 132000 --roles 6000 --seed 1 --format csv --out big.csv
 * </pre>
 *
 * Shape: 30 members per UBT, 20 UBTs per area, one steward council per area, three locals, one
 * member in ten a steward. Roles are spread over the role kinds; terms of one-holder roles in
 * one scope follow one another without overlap.
 */
public final class SyntheticRoster {
    static final int MEMBERS_PER_UBT = 30;
    static final int UBTS_PER_AREA = 20;
    private static final String[] LOCALS = {"UNAC/UHCP", "OFNHP Local 5017", "UFCW Local 7"};
    private static final String[] UNITS = {"Inpatient RN", "Outpatient RN", "Pros", "Techs", "Lab Pros", "Service"};
    private static final String[] FIRST = {"Ada", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai",
        "Lia", "Max", "Nia", "Oto", "Pia", "Quin", "Rae", "Sol", "Tia", "Ugo", "Vera", "Wes", "Xan", "Yui", "Zed"};
    private static final String[] LAST = {"Abara", "Brandt", "Castro", "Dube", "Eng", "Fox", "Garza", "Holm", "Ito",
        "Jensen", "Khan", "Lund", "Mora", "Ngata", "Oduya", "Park", "Quist", "Rossi", "Sato", "Tran", "Ueda", "Vance"};
    private static final Role[] ROLE_KINDS = {Role.UBT_CO_LEAD, Role.LABOR_PARTNER, Role.CONTRACT_SPECIALIST,
        Role.STEWARD_COUNCIL_CHAIR, Role.IMPROVEMENT_ADVISOR};

    private SyntheticRoster() {
    }

    public static void main(String[] args) throws IOException {
        int members = 1000;
        int roles = 100;
        long seed = 1;
        String format = "yaml";
        String out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--members" -> members = Integer.parseInt(value);
                case "--roles" -> roles = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--format" -> format = value;
                case "--out" -> out = value;
                default -> throw new IllegalArgumentException("usage: SyntheticRoster --members N --roles M --seed S "
                        + "--format yaml|csv --out FILE (unknown argument " + args[i] + ")");
            }
            i++;
        }
        if (out == null || !(format.equals("yaml") || format.equals("csv"))) {
            throw new IllegalArgumentException("usage: SyntheticRoster --members N --roles M --seed S --format yaml|csv --out FILE");
        }
        Roster roster = generate(members, roles, seed);
        try (OutputStream os = Files.newOutputStream(Path.of(out))) {
            if (format.equals("yaml")) {
                RosterYaml.write(roster, os);
            } else {
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                RosterCsv.write(roster, w);
                w.flush();
            }
        }
    }

    /** A valid roster of {@code members} members and {@code roles} role assignments. */
    public static Roster generate(int memberCount, int roleCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Location at = Location.of("synthetic");
        int ubtCount = Math.max(1, (memberCount + MEMBERS_PER_UBT - 1) / MEMBERS_PER_UBT);
        int areaCount = Math.max(1, (ubtCount + UBTS_PER_AREA - 1) / UBTS_PER_AREA);
        List<Council> councils = new ArrayList<>();
        for (int a = 0; a < areaCount; a++) {
            councils.add(new Council(councilId(a), "Steward Council " + (a + 1), area(a), at));
        }
        List<Ubt> ubts = new ArrayList<>();
        for (int u = 0; u < ubtCount; u++) {
            ubts.add(new Ubt(ubtId(u), "Unit " + (u + 1), "Facility " + (u / UBTS_PER_AREA + 1), area(u / UBTS_PER_AREA),
                    Optional.of(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]), at));
        }
        List<Member> members = new ArrayList<>(memberCount);
        for (int i = 0; i < memberCount; i++) {
            int u = i % ubtCount;
            boolean steward = i < ubtCount * 2 || random.nextInt(10) == 0;
            Optional<StewardDesignation> designation = steward
                    ? Optional.of(new StewardDesignation(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000)),
                            Optional.of(councilId(u / UBTS_PER_AREA))))
                    : Optional.empty();
            int r = random.nextInt(100);
            MemberStatus status = r < 94 ? MemberStatus.ACTIVE : r < 97 ? MemberStatus.ON_LEAVE : MemberStatus.INACTIVE;
            members.add(new Member(memberId(i), FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
                    LOCALS[random.nextInt(LOCALS.length)], Optional.of(UNITS[random.nextInt(UNITS.length)]),
                    Optional.of(ubtId(u)), status, random.nextInt(50) != 0, designation, at));
        }
        List<RoleAssignment> roles = new ArrayList<>(roleCount);
        for (int i = 0; i < roleCount && memberCount > 0; i++) {
            Role role = ROLE_KINDS[i % ROLE_KINDS.length];
            int k = i / ROLE_KINDS.length;
            int scopes = switch (role) {
                case UBT_CO_LEAD -> ubtCount;
                case CONTRACT_SPECIALIST -> UNITS.length;
                default -> areaCount;
            };
            int scopeIndex = k % scopes;
            int term = k / scopes;
            String scope = switch (role) {
                case UBT_CO_LEAD -> ubtId(scopeIndex);
                case CONTRACT_SPECIALIST -> UNITS[scopeIndex];
                case STEWARD_COUNCIL_CHAIR -> councilId(scopeIndex);
                default -> area(scopeIndex);
            };
            // One-holder roles: term n of a scope runs for two years from 2000 + 2n, so terms never overlap.
            LocalDate start = LocalDate.of(2000 + 2 * term, 1 + random.nextInt(12), 1);
            LocalDate end = LocalDate.of(2000 + 2 * term + 2, 1, 1).minusDays(1);
            int memberIndex = role == Role.UBT_CO_LEAD ? (scopeIndex + ubtCount * (term % 2)) % memberCount
                    : random.nextInt(memberCount);
            HowChosen how = switch (role) {
                case CONTRACT_SPECIALIST -> HowChosen.SELECTED;
                case IMPROVEMENT_ADVISOR -> HowChosen.HIRED;
                default -> HowChosen.ELECTED;
            };
            roles.add(new RoleAssignment(memberId(memberIndex), role, scope, start,
                    role == Role.IMPROVEMENT_ADVISOR ? Optional.empty() : Optional.of(end), how, at));
        }
        return Roster.of("Synthetic roster (" + memberCount + " members, seed " + seed + ")", ubts, councils, members, roles);
    }

    static String memberId(int i) {
        return String.format(java.util.Locale.ROOT, "%07d", 1_000_000 + i);
    }

    static String ubtId(int u) {
        return String.format(java.util.Locale.ROOT, "UBT-%05d", u + 1);
    }

    static String councilId(int a) {
        return String.format(java.util.Locale.ROOT, "SC-%03d", a + 1);
    }

    static String area(int a) {
        return String.format(java.util.Locale.ROOT, "area-%03d", a + 1);
    }
}
