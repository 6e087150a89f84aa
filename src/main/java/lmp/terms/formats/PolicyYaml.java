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
 * ({@code policy.yaml:12:5: ...}); a term longer than the LMRDA cap for an elected role is a warning,
 * because the cap applies regardless. {@link #toYaml} writes the effective policy in the same schema,
 * so {@code lmp terms policy --format yaml} is a starting point for a union's own file.
 */
public final class PolicyYaml {
    public static final int SCHEMA_VERSION = 1;

    private static final YAMLMapper WRITER = YAMLMapper.builder()
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, false)
            .build();

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
        f.finish();
        return Parsed.of(new TermsPolicy(name + " (" + fileName + ") over " + DefaultPolicy.NAME, roles), problems);
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
        f.node(RolePolicy.RELEASE_TIME).flatMap(n -> Fields.of(n, f.problems(), "the release time of " + role.id()))
                .ifPresent(rf -> {
                    b.releaseTime(releaseTime(rf, base.releaseTime()), at(f, RolePolicy.RELEASE_TIME));
                    rf.finish();
                });
        RolePolicy result = b.build();
        boolean elected = result.isElected();
        if (elected && f.has(RolePolicy.TERM) && result.term().isPresent()
                && longerThanCap(result.term().get())) {
            f.problems().warning(f.locationOf(RolePolicy.TERM), "a term of " + PeriodText.words(result.term().get())
                    + " for an elected " + role.id() + " is longer than the LMRDA cap of 3 years between elections ("
                    + Lmrda.CAP_SOURCE + "); the cap still applies");
        }
        return result;
    }

    /** Whether a term is longer than the cap, judged from a fixed start (2001-01-01); exact for years and months. */
    private static boolean longerThanCap(Period term) {
        java.time.LocalDate probe = java.time.LocalDate.of(2001, 1, 1);
        return probe.plus(term).isAfter(probe.plus(Lmrda.CAP));
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
        return Location.of(l.source(), l.line()).render();
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
            if (withSources) {
                m.put("lmrda_cap_applies", p.isElected());
                m.put("sources", new LinkedHashMap<>(p.sources()));
            }
            roles.put(r.id(), m);
        }
        doc.put("roles", roles);
        if (withSources) {
            Map<String, Object> cap = new LinkedHashMap<>();
            cap.put("years", Lmrda.CAP.getYears());
            cap.put("applies_to", "elected roles");
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
        return WRITER.writeValueAsString(toMap(policy, false));
    }
}
