package lmp.election;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import lmp.election.formats.ElectionYaml;
import lmp.io.InputFile;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;

/** Elections for rule tests: a co-lead election in UBT U1 of the test roster, with dates set per test. */
final class TestElections {
    static final String ROSTER_PATH = "src/test/resources/election/roster.yaml";

    private TestElections() {
    }

    static Roster roster() {
        return RosterYaml.read(InputFile.read(ROSTER_PATH, InputStream.nullInputStream())).orThrow();
    }

    static String rosterSha() {
        return InputFile.read(ROSTER_PATH, InputStream.nullInputStream()).sha256();
    }

    /** The standard calendar: voting 2026-11-04..05, count 11-05, term from 2027-01-01, all rules met. */
    static Map<String, String> goodDates() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("eligibility", "2026-09-30");
        d.put("nomination", "2026-10-01");
        d.put("notice_mailed", "2026-10-15");
        d.put("list_inspection_from", "2026-10-05");
        d.put("voting_opens", "2026-11-04");
        d.put("voting_closes", "2026-11-05");
        d.put("count", "2026-11-05");
        d.put("term_starts", "2027-01-01");
        return d;
    }

    static Election coLead(Map<String, String> dates, String extra) {
        return coLead(dates, extra, "[Ann Steward, Ben Plain]", "[{id: \"1\", name: Ann Steward}, {id: \"2\", name: Ben Plain}]");
    }

    static Election coLead(Map<String, String> dates, String extra, String names, String officeCandidates) {
        String datesYaml = dates.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        String yaml = """
                lmp_election: 1
                title: Test co-lead election
                method: plurality
                seats: 1
                candidates: %s
                ballots: []
                office:
                  role: ubt-co-lead
                  scope: U1
                  candidates: %s
                roster:
                  path: roster.yaml
                  sha256: %s
                dates:
                %s
                voters: ["1", "2", "3", "4"]
                %s
                %s
                """.formatted(names, officeCandidates, rosterSha(), datesYaml,
                extra.contains("records:") ? "" : "records: {keep_until: 2027-11-05}", extra);
        return ElectionYaml.read(InputFile.ofText("test-election.yaml", yaml)).orThrow();
    }
}
