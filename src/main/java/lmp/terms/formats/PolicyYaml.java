package lmp.terms.formats;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.io.Fields;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Node;
import lmp.io.Parsed;
import lmp.io.Problems;
import lmp.io.YamlTree;
import lmp.roster.HowChosen;
import lmp.roster.Role;
import lmp.terms.Credential;
import lmp.terms.DefaultPolicy;
import lmp.terms.GoodStanding;
import lmp.terms.Lmrda;
import lmp.terms.PeriodText;
import lmp.terms.ReleaseTime;
import lmp.terms.RolePolicy;
import lmp.terms.TermsPolicy;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A union's role policy file (schema: docs/terms.md). Every key is optional: a value given
 * overrides the built-in default for that field of that role, and the source of the value becomes
 * the file and line it was written on, so findings cite the union's own rule. Problems are located
 * ({@code policy.yaml:12:5: ...}). For a role marked {@code lmrda_officer: true} a term longer than
 * 3 years is a warning (the law's limit applies regardless), and holdover or excluding members on
 * leave is an error (LMRDA 401(b), 401(e)); for other roles the policy may relax them. {@link #toYaml} writes the effective policy in the same schema,
 * so {@code lmp terms policy --format yaml} is a starting point for a union's own file.
 */
public final class PolicyYaml {
    public static final int SCHEMA_VERSION = 1;

    /** Made on first write: reading a policy file must not load Jackson databind (docs/install.md, "Start-up"). */
    private static final class YamlWriter {
        static final YAMLMapper MAPPER = YAMLMapper.builder()
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, false)
                .build();
    }

    private PolicyYaml() {
    }

    public static Parsed<TermsPolicy> read(InputFile file) {
        return read(YamlTree.parse(file), file.name());
    }

    public static Parsed<TermsPolicy> read(Node root, String fileName) {
        Problems problems = new Problems();
        Optional<Fields> top = Fields.of(root, problems, "the policy file");
        if (top.isEmpty()) return Parsed.failed(problems);
        Fields f = top.get();
        if (!f.has("lmp_policy")) {
            problems.error(f.location(), "the policy file is missing 'lmp_policy: " + SCHEMA_VERSION
                    + "' (the schema version); add it as the first line");
        }
        f.integer("lmp_policy", SCHEMA_VERSION, SCHEMA_VERSION);
        String name = f.text("name").orElse(fileName);
        TermsPolicy defaults = DefaultPolicy.policy();
        Map<Role, RolePolicy> roles = new EnumMap<>(defaults.roles());
        Optional<Node> rolesNode = f.node("roles");
        if (rolesNode.isPresent()) {
            Optional<Fields> rf = Fields.of(rolesNode.get(), problems, "'roles'");
            if (rf.isPresent() && rolesNode.get() instanceof Node.MapNode map) {
                for (Node.Entry e : map.entries().values()) {
                    Optional<Role> role = Role.byId(e.key());
                    if (role.isEmpty()) {
                        problems.error(e.keyLocation(), "unknown role '" + e.key() + "'; expected one of: "
                                + String.join(", ", Role.spellings().keySet()) + Fields.suggestion(e.key(), Role.spellings().keySet()));
                        continue;
                    }
                    Fields.of(e.value(), problems, "the policy of " + role.get().id()).ifPresent(rolef -> {
                        roles.put(role.get(), role(rolef, roles.get(role.get()), fileName));
                        rolef.finish();
                    });
                }
            }
        }
        GoodStanding standing = defaults.goodStanding();
        Optional<Fields> gs = f.node("good_standing").flatMap(n -> Fields.of(n, problems, "'good_standing'"));
        if (gs.isPresent()) {
            if (gs.get().has("dues_grace")) {
                Optional<Period> grace = period(gs.get(), "dues_grace", false);
                if (grace.isPresent()) standing = new GoodStanding(grace.get(), at(gs.get(), "dues_grace"));
            }
            gs.get().finish();
        }
        Map<String, TermsPolicy.CustomOffice> custom = new LinkedHashMap<>();
        Optional<Node> customNode = f.node("custom_offices");
        if (customNode.isPresent() && Fields.of(customNode.get(), problems, "'custom_offices'").isPresent()
                && customNode.get() instanceof Node.MapNode map) {
            for (Node.Entry e : map.entries().values()) {
                Fields.of(e.value(), problems, "the custom office '" + e.key() + "'").ifPresent(cf -> {
                    boolean officer = cf.bool(RolePolicy.LMRDA_OFFICER).orElse(false);
                    Optional<Period> term = cf.has(RolePolicy.TERM) && !cf.text(RolePolicy.TERM).orElse("").equalsIgnoreCase("none")
                            ? period(cf, RolePolicy.TERM, true) : Optional.empty();
                    custom.put(e.key(), new TermsPolicy.CustomOffice(e.key(), officer, term, at(cf, cf.has(RolePolicy.LMRDA_OFFICER)
                            ? RolePolicy.LMRDA_OFFICER : RolePolicy.TERM)));
                    cf.finish();
                });
            }
        }
        f.finish();
        return Parsed.of(new TermsPolicy(name + " (" + fileName + ") over " + DefaultPolicy.NAME, roles, standing, custom), problems);
    }

    private static RolePolicy role(Fields f, RolePolicy base, String file) {
        RolePolicy.Builder b = base.toBuilder();
        Role role = base.role();
        if (f.has(RolePolicy.TERM)) {
            String t = f.text(RolePolicy.TERM).orElse("");
            if (t.equalsIgnoreCase("none")) {
                b.term(Optional.empty(), at(f, RolePolicy.TERM));
            } else {
                period(f, RolePolicy.TERM, true).ifPresent(p -> b.term(Optional.of(p), at(f, RolePolicy.TERM)));
            }
        }
        if (f.has(RolePolicy.TERM_IS)) {
            f.choice(RolePolicy.TERM_IS, Map.of("maximum", false, "typical", true))
                    .ifPresent(v -> b.termIsTypical(v, at(f, RolePolicy.TERM_IS)));
        }
        f.bool(RolePolicy.RE_ELECTION).ifPresent(v -> b.reElection(v, at(f, RolePolicy.RE_ELECTION)));
        if (f.has(RolePolicy.MAX_CONSECUTIVE_TERMS)) {
            if (f.text(RolePolicy.MAX_CONSECUTIVE_TERMS).orElse("").equalsIgnoreCase("none")) {
                b.maxConsecutiveTerms(Optional.empty(), at(f, RolePolicy.MAX_CONSECUTIVE_TERMS));
            } else {
                f.integer(RolePolicy.MAX_CONSECUTIVE_TERMS, 1, 100)
                        .ifPresent(v -> b.maxConsecutiveTerms(Optional.of(v), at(f, RolePolicy.MAX_CONSECUTIVE_TERMS)));
            }
        }
        f.choice(RolePolicy.CREDENTIAL, Credential.spellings()).ifPresent(v -> {
            if (v == Credential.STEWARD_OF_COUNCIL && role.scopeKind() != Role.ScopeKind.COUNCIL) {
                f.problems().error(f.locationOf(RolePolicy.CREDENTIAL), "'steward-of-council' needs a role held in a steward "
                        + "council; " + role.id() + " is held in a " + role.scopeKind().words() + "; use 'steward'");
            } else {
                b.credential(v, at(f, RolePolicy.CREDENTIAL));
            }
        });
        if (f.has(RolePolicy.GRACE_PERIOD)) {
            period(f, RolePolicy.GRACE_PERIOD, false).ifPresent(p -> b.gracePeriod(p, at(f, RolePolicy.GRACE_PERIOD)));
        }
        f.choice(RolePolicy.FILLED_BY, HowChosen.spellings()).ifPresent(v -> b.filledBy(v, at(f, RolePolicy.FILLED_BY)));
        f.integer(RolePolicy.HOLDERS_PER_SCOPE, 0, 10_000).ifPresent(v -> b.holdersPerScope(v, at(f, RolePolicy.HOLDERS_PER_SCOPE)));
        f.bool(RolePolicy.MUST_BE_FILLED).ifPresent(v -> b.mustBeFilled(v, at(f, RolePolicy.MUST_BE_FILLED)));
        f.bool(RolePolicy.LMRDA_OFFICER).ifPresent(v -> b.lmrdaOfficer(v, at(f, RolePolicy.LMRDA_OFFICER)));
        f.bool(RolePolicy.HOLDOVER).ifPresent(v -> b.holdover(v, at(f, RolePolicy.HOLDOVER)));
        f.bool(RolePolicy.ON_LEAVE_VOTES).ifPresent(v -> b.onLeaveVotes(v, at(f, RolePolicy.ON_LEAVE_VOTES)));
        f.bool(RolePolicy.UNOPPOSED).ifPresent(v -> b.unopposedDeclaredElected(v, at(f, RolePolicy.UNOPPOSED)));
        f.node(RolePolicy.RELEASE_TIME).flatMap(n -> Fields.of(n, f.problems(), "the release time of " + role.id()))
                .ifPresent(rf -> {
                    b.releaseTime(releaseTime(rf, base.releaseTime()), at(f, RolePolicy.RELEASE_TIME));
                    rf.finish();
                });
        RolePolicy result = b.build();
        if (result.lmrdaOfficer()) {
            String law = " for an LMRDA officer (" + Lmrda.OFFICER_SOURCE + ")";
            if (result.isElected() && result.term().isPresent() && Lmrda.longerThanCap(result.term().get())
                    && (f.has(RolePolicy.TERM) || f.has(RolePolicy.LMRDA_OFFICER))) {
                f.problems().warning(f.locationOf(f.has(RolePolicy.TERM) ? RolePolicy.TERM : RolePolicy.LMRDA_OFFICER), "a term of "
                        + PeriodText.words(result.term().get()) + law + " is longer than the 3 years between elections the law "
                        + "allows (" + Lmrda.CAP_SOURCE + "); the 3-year limit still applies");
            }
            if (result.holdover() && (f.has(RolePolicy.HOLDOVER) || f.has(RolePolicy.LMRDA_OFFICER))) {
                f.problems().error(f.locationOf(f.has(RolePolicy.HOLDOVER) ? RolePolicy.HOLDOVER : RolePolicy.LMRDA_OFFICER),
                        "'holdover: true'" + law + ": an officer's election is due within 3 years whatever the bylaws say ("
                                + Lmrda.CAP_SOURCE + "); remove 'holdover' or set 'lmrda_officer: false'");
            }
            if (!result.onLeaveVotes() && (f.has(RolePolicy.ON_LEAVE_VOTES) || f.has(RolePolicy.LMRDA_OFFICER))) {
                f.problems().error(f.locationOf(f.has(RolePolicy.ON_LEAVE_VOTES) ? RolePolicy.ON_LEAVE_VOTES : RolePolicy.LMRDA_OFFICER),
                        "'on_leave_votes: false'" + law + ": every member in good standing may vote, on leave or not ("
                                + GoodStanding.SOURCE + "); remove it or set 'lmrda_officer: false'");
            }
        }
        return result;
    }

    private static ReleaseTime releaseTime(Fields f, ReleaseTime base) {
        ReleaseTime.Basis basis = f.choice("basis", ReleaseTime.Basis.spellings()).orElse(base.basis());
        int shifts = f.integer("shifts_per_month", 0, 31).orElse(base.shiftsPerMonth());
        int hours = f.integer("hours_per_month", 0, 744).orElse(base.hoursPerMonth());
        List<String> plus = f.has("plus") ? f.textList("plus") : base.plus();
        String paidBy = f.text("paid_by").orElse(base.paidBy());
        return new ReleaseTime(basis, shifts, hours, plus, paidBy);
    }

    private static Optional<Period> period(Fields f, String key, boolean mustBePositive) {
        Optional<String> t = f.text(key);
        if (t.isEmpty()) return Optional.empty();
        Optional<Period> p = PeriodText.parse(t.get());
        if (p.isEmpty()) {
            f.problems().error(f.locationOf(key), "'" + key + "' should be a length such as 2y, 18m, 6m or 90d"
                    + (key.equals(RolePolicy.TERM) ? " (or 'none' for no term)" : "") + ", found '" + t.get() + "'");
            return Optional.empty();
        }
        if (mustBePositive && p.get().isZero()) {
            f.problems().error(f.locationOf(key), "'" + key + "' cannot be zero; write 'none' for a role without terms");
            return Optional.empty();
        }
        return p;
    }

    private static String at(Fields f, String key) {
        Location l = f.locationOf(key);
        return "role policy: " + Location.of(l.source(), l.line()).render();
    }

    /** The effective policy in the policy-file schema; with {@code sources}, each role also lists where each value comes from. */
    public static Map<String, Object> toMap(TermsPolicy policy, boolean withSources) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("lmp_policy", SCHEMA_VERSION);
        doc.put("name", policy.name());
        Map<String, Object> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            RolePolicy p = policy.of(r);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(RolePolicy.TERM, p.term().map(PeriodText::format).orElse("none"));
            m.put(RolePolicy.TERM_IS, p.termIsTypical() ? "typical" : "maximum");
            m.put(RolePolicy.RE_ELECTION, p.reElection());
            m.put(RolePolicy.MAX_CONSECUTIVE_TERMS, p.maxConsecutiveTerms().<Object>map(i -> i).orElse("none"));
            m.put(RolePolicy.CREDENTIAL, p.credential().id());
            m.put(RolePolicy.GRACE_PERIOD, PeriodText.format(p.gracePeriod()));
            m.put(RolePolicy.FILLED_BY, p.filledBy().id());
            Map<String, Object> rt = new LinkedHashMap<>();
            rt.put("basis", p.releaseTime().basis().id());
            rt.put("shifts_per_month", p.releaseTime().shiftsPerMonth());
            rt.put("hours_per_month", p.releaseTime().hoursPerMonth());
            rt.put("plus", new ArrayList<>(p.releaseTime().plus()));
            rt.put("paid_by", p.releaseTime().paidBy());
            m.put(RolePolicy.RELEASE_TIME, rt);
            m.put(RolePolicy.HOLDERS_PER_SCOPE, p.holdersPerScope());
            m.put(RolePolicy.MUST_BE_FILLED, p.mustBeFilled());
            m.put(RolePolicy.LMRDA_OFFICER, p.lmrdaOfficer());
            m.put(RolePolicy.HOLDOVER, p.holdover());
            m.put(RolePolicy.ON_LEAVE_VOTES, p.onLeaveVotes());
            m.put(RolePolicy.UNOPPOSED, p.unopposedDeclaredElected());
            if (withSources) {
                m.put("three_year_limit", !p.threeYearLimit() ? "none" : Lmrda.label(p.lmrdaOfficer()));
                m.put("sources", new LinkedHashMap<>(p.sources()));
            }
            roles.put(r.id(), m);
        }
        doc.put("roles", roles);
        Map<String, Object> gs = new LinkedHashMap<>();
        gs.put("dues_grace", PeriodText.format(policy.goodStanding().duesGrace()));
        if (withSources) gs.put("source", policy.goodStanding().source());
        doc.put("good_standing", gs);
        if (!policy.customOffices().isEmpty()) {
            Map<String, Object> custom = new LinkedHashMap<>();
            for (TermsPolicy.CustomOffice c : policy.customOffices().values()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(RolePolicy.LMRDA_OFFICER, c.lmrdaOfficer());
                m.put(RolePolicy.TERM, c.term().map(PeriodText::format).orElse("none"));
                if (withSources) m.put("source", c.source());
                custom.put(c.name(), m);
            }
            doc.put("custom_offices", custom);
        }
        if (withSources) {
            Map<String, Object> cap = new LinkedHashMap<>();
            cap.put("years", Lmrda.CAP.getYears());
            cap.put("applies_to", "elected roles: the law for LMRDA officers, best practice (LMRDA standard) for the others "
                    + "unless the policy gives a longer term");
            cap.put("source", Lmrda.CAP_SOURCE);
            doc.put("lmrda_cap", cap);
        }
        return doc;
    }

    /** The effective policy as JSON, with the source of every value and the LMRDA cap. */
    public static String toJson(TermsPolicy policy) {
        return Json.write(toMap(policy, true));
    }

    public static String toYaml(TermsPolicy policy) {
        return YamlWriter.MAPPER.writeValueAsString(toMap(policy, false));
    }
}
