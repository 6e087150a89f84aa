package lmp.count.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lmp.count.BallotBox;
import lmp.count.Count;
import lmp.count.CountConfig;
import lmp.count.Method;
import lmp.count.Ranking;
import lmp.count.Result;
import org.junit.jupiter.api.Test;

/**
 * Every report format on small counts worked by hand:
 * <ul>
 *   <li>IRV, Ana 4, Ben 3, Cy|x 2 (then Ben), 1 blank: 9 valid, majority 5; Cy|x is eliminated and
 *       its 2 ballots go to Ben, who has 5 of 9 in round 2;</li>
 *   <li>Scottish STV, 2 seats, D withdrawn: 6 x (A_1, B), 2 x B, 2 x C and one overvote (invalid);
 *       10 valid, quota floor(10 / 3) + 1 = 4; A_1's surplus of 2 goes on at 2/6 = 0.33333 a paper,
 *       so B gets 6 x 0.33333 = 1.99998 and 0.00002 is lost to rounding; C is excluded (2 exhausted)
 *       and B is elected as the last continuing candidate;</li>
 *   <li>IRV, A 2, B 1, C 1: B and C tie for elimination; by lot (B goes, A then has 2 of 3
 *       continuing, majority 2), or with --tie stop the count stops in round 1 with no one elected.</li>
 * </ul>
 */
class ReportFormatsTest {
    private static Result irv() {
        BallotBox.Builder b = BallotBox.builder(List.of("Ana", "Ben", "Cy|x"));
        b.add(Ranking.of(new int[][] {{0}}), 4);
        b.add(Ranking.of(new int[][] {{1}}), 3);
        b.add(Ranking.of(new int[][] {{2}, {1}}), 2);
        b.add(Ranking.of(new int[][] {}), 1);
        return Count.run(CountConfig.defaults(Method.IRV, 1), b.build(), "42");
    }

    private static Result stv() {
        BallotBox.Builder b = BallotBox.builder(List.of("A_1", "B", "C", "D"));
        b.add(Ranking.of(new int[][] {{0}, {1}}), 6);
        b.add(Ranking.of(new int[][] {{1}}), 2);
        b.add(Ranking.of(new int[][] {{2}}), 2);
        b.add(Ranking.of(new int[][] {{0, 1}}), 1);
        return Count.run(CountConfig.defaults(Method.STV, 2).withWithdrawn(List.of("D")), b.build(), "7");
    }

    private static Result tie(CountConfig.TieBreakMode mode) {
        BallotBox.Builder t = BallotBox.builder(List.of("A", "B", "C"));
        t.add(Ranking.of(new int[][] {{0}}), 2);
        t.add(Ranking.of(new int[][] {{1}}), 1);
        t.add(Ranking.of(new int[][] {{2}}), 1);
        return Count.run(CountConfig.defaults(Method.IRV, 1).withTieBreak(mode), t.build(), "7");
    }

    private static final TallyReport IRV_REPORT = new TallyReport("T <1>", List.of(new TallyReport.Input("b.csv", "abc")), irv());

    @Test
    void irvInEveryFormat() {
        assertThat(ReportFormat.TEXT.render(IRV_REPORT)).isEqualTo(TEXT);
        assertThat(ReportFormat.JSON.render(IRV_REPORT)).isEqualTo(JSON);
        assertThat(ReportFormat.CSV.render(IRV_REPORT)).isEqualTo(CSV);
        assertThat(ReportFormat.MARKDOWN.render(IRV_REPORT)).isEqualTo(MARKDOWN);
        assertThat(ReportFormat.HTML.render(IRV_REPORT)).isEqualTo(HTML);
        assertThat(ReportFormat.values()).extracting(ReportFormat::extension).containsExactly("txt", "json", "csv", "md", "html");
    }

    @Test
    void stvWithAQuotaRoundingLossAWithdrawnCandidateAndAnInvalidBallot() {
        TallyReport r = new TallyReport("S", List.of(), stv());
        assertThat(ReportFormat.TEXT.render(r)).isEqualTo(STV_TEXT);
        assertThat(ReportFormat.MARKDOWN.render(r)).isEqualTo(STV_MD);
        assertThat(ReportFormat.JSON.render(r)).contains("\"quota\" : 4.00000,", "\"invalid_by_reason\" : {\n"
                + "      \"overvote at the first marked rank\" : 1\n    }", "\"withdrawn\" : [ \"D\" ],", "\"rounding_loss\" : 0.00002,");
        assertThat(ReportFormat.CSV.render(r)).contains("2,transfer surplus of A_1,(rounding loss),0.00002,,\n");
    }

    @Test
    void aTieResolvedByLot() {
        TallyReport r = new TallyReport("L", List.of(), tie(CountConfig.TieBreakMode.LOT));
        assertThat(ReportFormat.TEXT.render(r)).isEqualTo(LOT_TEXT);
        assertThat(ReportFormat.MARKDOWN.render(r)).isEqualTo(LOT_MD);
    }

    @Test
    void aCountStoppedAtATie() {
        TallyReport r = new TallyReport("P", List.of(), tie(CountConfig.TieBreakMode.STOP));
        assertThat(ReportFormat.TEXT.render(r)).isEqualTo(STOP_TEXT);
        assertThat(ReportFormat.MARKDOWN.render(r)).isEqualTo(STOP_MD);
        assertThat(ReportFormat.JSON.render(r)).isEqualTo(STOP_JSON);
    }

    @Test
    void methodNamesAndTieWording() {
        CountConfig c = CountConfig.defaults(Method.IRV, 1);
        assertThat(TallyReport.limit(java.util.OptionalInt.of(0))).isEqualTo("0");
        assertThat(TallyReport.lower(CountConfig.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING)).isEqualTo("exhaust-if-multiple-continuing");
        assertThat(TallyReport.how(new lmp.count.Tie(3, "elect", List.of("A", "B"), "drawing", "B")))
                .isEqualTo("resolved by a drawing held outside the count");
    }

    @Test
    void everyMethodIsNamedInTheReport() {
        java.util.Map<Method, String> expected = new java.util.EnumMap<>(Method.class);
        expected.put(Method.PLURALITY, "plurality");
        expected.put(Method.APPROVAL, "approval");
        expected.put(Method.IRV, "instant-runoff (IRV)");
        expected.put(Method.SEQUENTIAL_IRV, "sequential instant-runoff (one IRV pass per seat, earlier winners removed)");
        expected.put(Method.BOTTOMS_UP, "bottoms-up instant-runoff (eliminate the lowest until the seats remain)");
        expected.put(Method.STV, "Scottish STV (Scottish Local Government Elections Order 2007, rules 45-52)");
        expected.put(Method.MEEK, "Meek STV (PR Foundation reference rule)");
        for (Method m : Method.values()) {
            assertThat(report(CountConfig.defaults(m, 1)).methodName()).as(m.id()).isEqualTo(expected.get(m));
        }
        assertThat(report(CountConfig.defaults(Method.BOTTOMS_UP, 1).withThreshold(java.util.Optional.of(new java.math.BigDecimal("12.50"))))
                .methodName()).isEqualTo("bottoms-up instant-runoff (eliminate the lowest until every candidate left has more than "
                        + "12.50% of the continuing votes)");
    }

    @Test
    void htmlShowsInvalidBallotsTheQuotaTiesAndAStoppedCount() {
        assertThat(ReportFormat.HTML.render(new TallyReport("S", List.of(), stv())))
                .contains("<li>Ballots: 11 read, 10 valid, 0 blank, 1 invalid; overvote at the first marked rank: 1</li>\n"
                        + "<li>Quota: 4.00000</li>\n</ul>")
                .contains("<p class=\"won\">Winners (in order of election): A_1, B</p>\n<h2>Rounds</h2>");
        assertThat(ReportFormat.HTML.render(new TallyReport("L", List.of(), tie(CountConfig.TieBreakMode.LOT))))
                .contains("</p>\n<ul>\n<li>Tie in round 1, eliminate: B, C &rarr; B (by lot)</li>\n</ul>\n<h2>Rounds</h2>");
        assertThat(ReportFormat.HTML.render(new TallyReport("P", List.of(), tie(CountConfig.TieBreakMode.STOP))))
                .contains("<p class=\"won\">Elected before the count stopped (in order of election): none</p>\n<ul>\n"
                        + "<li>Tie in round 1, eliminate: B, C &rarr; unresolved</li>\n</ul>");
    }

    @Test
    void sequentialIrvShowsEachPass() {
        // pass 1: A has 4 of 7 first preferences; pass 2 without A: B has 6 of 7
        BallotBox.Builder b = BallotBox.builder(List.of("A", "B", "C"));
        b.add(Ranking.of(new int[][] {{0}, {1}}), 4);
        b.add(Ranking.of(new int[][] {{1}}), 2);
        b.add(Ranking.of(new int[][] {{2}}), 1);
        Result r = Count.run(CountConfig.defaults(Method.SEQUENTIAL_IRV, 2), b.build(), "1");
        String text = ReportFormat.TEXT.render(new TallyReport("Q", List.of(), r));
        assertThat(text).contains("\n\nPass 1: seat 1 of 2, an instant-runoff count of all the ballots\n\nRound 1: ")
                .contains("\n\nPass 2: seat 2 of 2, an instant-runoff count with the earlier winners removed\n\nRound 2: ")
                .contains("Winners (in order of election): A, B\n");
        assertThat(text.split("Pass ", -1)).hasSize(3);
    }

    private static TallyReport report(CountConfig c) {
        BallotBox.Builder b = BallotBox.builder(List.of("A", "B"));
        b.add(Ranking.of(new int[][] {{0}}), 2);
        b.add(Ranking.of(new int[][] {{1}}), 1);
        return new TallyReport("M", List.of(), Count.run(c, b.build(), "1"));
    }

    private static final String TEXT = """
            Tally: T <1>
            Method: instant-runoff (IRV), seats 1, 0 decimal places
            Rules: overvote exhaust, skipped ranks unlimited, duplicate skip, write-ins not allowed, max rankings unlimited, withdrawn: none
            Tie-break: earlier rounds, then lot; seed 42
            Input: b.csv sha256 abc
            Ballots: 10 read, 9 valid, 1 blank, 0 invalid

            Round 1: eliminate Cy|x
              Ana                           4
              Ben                           3
              Cy|x                          2
              exhausted                     0
              threshold                     5
              eliminated: Cy|x

            Round 2: elect Ben (majority of continuing ballots)
              Ana                           4
              Ben                           5  +2
              Cy|x                          0  -2
              exhausted                     0
              threshold                     5
              elected: Ben

            Winners (in order of election): Ben
            Ties: none
            """;

    private static final String JSON = """
            {
              "lmp_tally" : 1,
              "title" : "T <1>",
              "method" : "irv",
              "seats" : 1,
              "decimals" : 0,
              "winners" : [ "Ben" ],
              "complete" : true,
              "quota" : null,
              "rules" : {
                "overvote" : "exhaust",
                "skipped_ranks" : "unlimited",
                "duplicate" : "skip",
                "write_ins" : false,
                "max_rankings" : "unlimited",
                "threshold_percent" : null
              },
              "candidates" : [ "Ana", "Ben", "Cy|x" ],
              "withdrawn" : [ ],
              "ballots" : {
                "read" : 10,
                "valid" : 9,
                "blank" : 1,
                "invalid" : 0,
                "invalid_by_reason" : { }
              },
              "tie_break" : {
                "mode" : "lot",
                "seed" : "42"
              },
              "seed" : "42",
              "rounds" : [ {
                "round" : 1,
                "pass" : 1,
                "action" : "eliminate Cy|x",
                "tallies" : {
                  "Ana" : 4,
                  "Ben" : 3,
                  "Cy|x" : 2
                },
                "transfers" : { },
                "elected" : [ ],
                "eliminated" : [ "Cy|x" ],
                "exhausted" : 0,
                "rounding_loss" : 0,
                "threshold" : 5
              }, {
                "round" : 2,
                "pass" : 1,
                "action" : "elect Ben (majority of continuing ballots)",
                "tallies" : {
                  "Ana" : 4,
                  "Ben" : 5,
                  "Cy|x" : 0
                },
                "transfers" : {
                  "Ben" : 2,
                  "Cy|x" : -2
                },
                "elected" : [ "Ben" ],
                "eliminated" : [ ],
                "exhausted" : 0,
                "rounding_loss" : 0,
                "threshold" : 5
              } ],
              "ties" : [ ],
              "stopped_at_tie" : null,
              "inputs" : [ {
                "path" : "b.csv",
                "sha256" : "abc"
              } ]
            }
            """;

    private static final String CSV = """
            round,action,candidate,votes,transfer,status
            1,eliminate Cy|x,Ana,4,,
            1,eliminate Cy|x,Ben,3,,
            1,eliminate Cy|x,Cy|x,2,,eliminated
            1,eliminate Cy|x,(exhausted),0,,
            1,eliminate Cy|x,(rounding loss),0,,
            1,eliminate Cy|x,(threshold),5,,
            2,elect Ben (majority of continuing ballots),Ana,4,,
            2,elect Ben (majority of continuing ballots),Ben,5,2,elected
            2,elect Ben (majority of continuing ballots),Cy|x,0,-2,
            2,elect Ben (majority of continuing ballots),(exhausted),0,,
            2,elect Ben (majority of continuing ballots),(rounding loss),0,,
            2,elect Ben (majority of continuing ballots),(threshold),5,,
            """;

    private static final String MARKDOWN = """
            # Tally: T &lt;1>

            - Method: instant-runoff (IRV), seats 1
            - Rules: overvote exhaust, skipped ranks unlimited, duplicate skip, write-ins not allowed, max rankings unlimited, withdrawn: none
            - Tie-break: earlier rounds, then lot; seed `42`
            - Input: `b.csv` sha256 `abc`
            - Ballots: 10 read, 9 valid, 1 blank, 0 invalid

            ## Rounds

            | Candidate | Round 1 | Round 2 |
            |---|--:|--:|
            | Ana | 4 | 4 |
            | Ben | 3 | 5 (+2) elected |
            | Cy\\|x | 2 eliminated | 0 (-2) |
            | Exhausted | 0 | 0 |
            | Rounding loss | 0 | 0 |
            | Threshold | 5 | 5 |
            | Action | eliminate Cy\\|x | elect Ben (majority of continuing ballots) |

            ## Result

            Winners (in order of election): Ben

            Ties: none
            """;

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Tally: T &lt;1&gt;</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .5em}td{text-align:right}td:first-child,th:first-child{text-align:left}.won{font-weight:bold}svg{display:block;margin:.5em 0 1.5em}
            </style>
            </head>
            <body>
            <h1>Tally: T &lt;1&gt;</h1>
            <ul>
            <li>Method: instant-runoff (IRV), seats 1</li>
            <li>Rules: overvote exhaust, skipped ranks unlimited, duplicate skip, write-ins not allowed, max rankings unlimited, withdrawn: none</li>
            <li>Tie-break: earlier rounds, then lot; seed <code>42</code></li>
            <li>Input: <code>b.csv</code> sha256 <code>abc</code></li>
            <li>Ballots: 10 read, 9 valid, 1 blank, 0 invalid</li>
            </ul>
            <h2>Result</h2>
            <p class="won">Winners (in order of election): Ben</p>
            <h2>Rounds</h2>
            <table>
            <tr><th>Candidate</th><th>Round 1</th><th>Round 2</th></tr>
            <tr><td>Ana</td><td>4</td><td>4</td></tr>
            <tr><td>Ben</td><td>3</td><td>5 (+2) elected</td></tr>
            <tr><td>Cy|x</td><td>2 eliminated</td><td>0 (-2)</td></tr>
            <tr><td>Exhausted</td><td>0</td><td>0</td></tr>
            <tr><td>Rounding loss</td><td>0</td><td>0</td></tr>
            <tr><td>Threshold</td><td>5</td><td>5</td></tr>
            <tr><td>Action</td><td>eliminate Cy|x</td><td>elect Ben (majority of continuing ballots)</td></tr>
            </table>
            <h3>Round 1: eliminate Cy|x</h3>
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="76" role="img" aria-label="votes in round 1">
            <text x="0" y="19" font-size="13">Ana</text><rect x="200" y="4" width="384" height="16" fill="#4a6fa5"/><text x="588" y="19" font-size="12">4</text>
            <text x="0" y="41" font-size="13">Ben</text><rect x="200" y="26" width="288" height="16" fill="#4a6fa5"/><text x="492" y="41" font-size="12">3</text>
            <text x="0" y="63" font-size="13">Cy|x</text><rect x="200" y="48" width="192" height="16" fill="#b33"/><text x="396" y="63" font-size="12">2</text>
            <line x1="680" y1="0" x2="680" y2="76" stroke="#000" stroke-dasharray="4 3"><title>threshold 5</title></line>
            </svg>
            <h3>Round 2: elect Ben (majority of continuing ballots)</h3>
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="76" role="img" aria-label="votes in round 2">
            <text x="0" y="19" font-size="13">Ana</text><rect x="200" y="4" width="384" height="16" fill="#4a6fa5"/><text x="588" y="19" font-size="12">4</text>
            <text x="0" y="41" font-size="13">Ben</text><rect x="200" y="26" width="480" height="16" fill="#2a7a2a"/><text x="684" y="41" font-size="12">5</text>
            <text x="0" y="63" font-size="13">Cy|x</text><rect x="200" y="48" width="0" height="16" fill="#4a6fa5"/><text x="204" y="63" font-size="12">0</text>
            <line x1="680" y1="0" x2="680" y2="76" stroke="#000" stroke-dasharray="4 3"><title>threshold 5</title></line>
            </svg>
            </body>
            </html>
            """;

    private static final String STV_TEXT = """
            Tally: S
            Method: Scottish STV (Scottish Local Government Elections Order 2007, rules 45-52), seats 2, 5 decimal places
            Rules: overvote exhaust, skipped ranks unlimited, duplicate skip, write-ins not allowed, max rankings unlimited, withdrawn: D
            Tie-break: earlier rounds, then lot; seed 7
            Ballots: 11 read, 10 valid, 0 blank, 1 invalid
              invalid (overvote at the first marked rank): 1
            Quota: 4.00000

            Round 1: first preferences
              A_1                     6.00000
              B                       2.00000
              C                       2.00000
              exhausted               0.00000
              threshold               4.00000
              elected: A_1

            Round 2: transfer surplus of A_1
              A_1                     4.00000  -2.00000
              B                       3.99998  +1.99998
              C                       2.00000
              exhausted               0.00000
              rounding loss           0.00002
              threshold               4.00000

            Round 3: exclude C
              A_1                     4.00000
              B                       3.99998
              C                       0.00000  -2.00000
              exhausted               2.00000
              rounding loss           0.00002
              threshold               4.00000
              eliminated: C

            Round 4: remaining candidates elected (rule 52)
              A_1                     4.00000
              B                       3.99998
              C                       0.00000
              exhausted               2.00000
              rounding loss           0.00002
              threshold               4.00000
              elected: B

            Winners (in order of election): A_1, B
            Ties: none
            """;

    private static final String STV_MD = """
            # Tally: S

            - Method: Scottish STV (Scottish Local Government Elections Order 2007, rules 45-52), seats 2
            - Rules: overvote exhaust, skipped ranks unlimited, duplicate skip, write-ins not allowed, max rankings unlimited, withdrawn: D
            - Tie-break: earlier rounds, then lot; seed `7`
            - Ballots: 11 read, 10 valid, 0 blank, 1 invalid; overvote at the first marked rank: 1
            - Quota: 4.00000

            ## Rounds

            | Candidate | Round 1 | Round 2 | Round 3 | Round 4 |
            |---|--:|--:|--:|--:|
            | A\\_1 | 6.00000 elected | 4.00000 (-2.00000) | 4.00000 | 4.00000 |
            | B | 2.00000 | 3.99998 (+1.99998) | 3.99998 | 3.99998 elected |
            | C | 2.00000 | 2.00000 | 0.00000 (-2.00000) eliminated | 0.00000 |
            | Exhausted | 0.00000 | 0.00000 | 2.00000 | 2.00000 |
            | Rounding loss | 0.00000 | 0.00002 | 0.00002 | 0.00002 |
            | Threshold | 4.00000 | 4.00000 | 4.00000 | 4.00000 |
            | Action | first preferences | transfer surplus of A\\_1 | exclude C | remaining candidates elected (rule 52) |

            ## Result

            Winners (in order of election): A\\_1, B

            Ties: none
            """;

    private static final String LOT_TEXT = """
            Tally: L
            Method: instant-runoff (IRV), seats 1, 0 decimal places
            Rules: overvote exhaust, skipped ranks unlimited, duplicate skip, write-ins not allowed, max rankings unlimited, withdrawn: none
            Tie-break: earlier rounds, then lot; seed 7
            Ballots: 4 read, 4 valid, 0 blank, 0 invalid

            Round 1: eliminate B
              A                             2
              B                             1
              C                             1
              exhausted                     0
              threshold                     3
              eliminated: B

            Round 2: elect A (majority of continuing ballots)
              A                             2
              B                             0  -1
              C                             1
              exhausted                     1
              threshold                     2
              elected: A

            Winners (in order of election): A
            Ties:
              round 1, eliminate: B, C -> B (by lot)
            """;

    private static final String LOT_MD = """
            # Tally: L

            - Method: instant-runoff (IRV), seats 1
            - Rules: overvote exhaust, skipped ranks unlimited, duplicate skip, write-ins not allowed, max rankings unlimited, withdrawn: none
            - Tie-break: earlier rounds, then lot; seed `7`
            - Ballots: 4 read, 4 valid, 0 blank, 0 invalid

            ## Rounds

            | Candidate | Round 1 | Round 2 |
            |---|--:|--:|
            | A | 2 | 2 elected |
            | B | 1 eliminated | 0 (-1) |
            | C | 1 | 1 |
            | Exhausted | 0 | 1 |
            | Rounding loss | 0 | 0 |
            | Threshold | 3 | 2 |
            | Action | eliminate B | elect A (majority of continuing ballots) |

            ## Result

            Winners (in order of election): A

            Ties:

            - round 1, eliminate: B, C -> B (by lot)
            """;

    private static final String STOP_TEXT = """
            Tally: P
            Method: instant-runoff (IRV), seats 1, 0 decimal places
            Rules: overvote exhaust, skipped ranks unlimited, duplicate skip, write-ins not allowed, max rankings unlimited, withdrawn: none
            Tie-break: earlier rounds, then stop; seed 7
            Ballots: 4 read, 4 valid, 0 blank, 0 invalid

            Round 1: stopped: tie for elimination
              A                             2
              B                             1
              C                             1
              exhausted                     0
              threshold                     3

            Elected before the count stopped (in order of election): none
            Ties:
              round 1, eliminate: B, C -> unresolved
            COUNT STOPPED at an unresolved tie in round 1 (--tie stop): B, C
            """;

    private static final String STOP_MD = """
            # Tally: P

            - Method: instant-runoff (IRV), seats 1
            - Rules: overvote exhaust, skipped ranks unlimited, duplicate skip, write-ins not allowed, max rankings unlimited, withdrawn: none
            - Tie-break: earlier rounds, then stop; seed `7`
            - Ballots: 4 read, 4 valid, 0 blank, 0 invalid

            ## Rounds

            | Candidate | Round 1 |
            |---|--:|
            | A | 2 |
            | B | 1 |
            | C | 1 |
            | Exhausted | 0 |
            | Rounding loss | 0 |
            | Threshold | 3 |
            | Action | stopped: tie for elimination |

            ## Result

            Elected before the count stopped (in order of election): none

            Ties:

            - round 1, eliminate: B, C -> unresolved

            **Count stopped at an unresolved tie in round 1 (--tie stop).**
            """;

    private static final String STOP_JSON = """
            {
              "lmp_tally" : 1,
              "title" : "P",
              "method" : "irv",
              "seats" : 1,
              "decimals" : 0,
              "winners" : [ ],
              "complete" : false,
              "quota" : null,
              "rules" : {
                "overvote" : "exhaust",
                "skipped_ranks" : "unlimited",
                "duplicate" : "skip",
                "write_ins" : false,
                "max_rankings" : "unlimited",
                "threshold_percent" : null
              },
              "candidates" : [ "A", "B", "C" ],
              "withdrawn" : [ ],
              "ballots" : {
                "read" : 4,
                "valid" : 4,
                "blank" : 0,
                "invalid" : 0,
                "invalid_by_reason" : { }
              },
              "tie_break" : {
                "mode" : "stop",
                "seed" : "7"
              },
              "seed" : "7",
              "rounds" : [ {
                "round" : 1,
                "pass" : 1,
                "action" : "stopped: tie for elimination",
                "tallies" : {
                  "A" : 2,
                  "B" : 1,
                  "C" : 1
                },
                "transfers" : { },
                "elected" : [ ],
                "eliminated" : [ ],
                "exhausted" : 0,
                "rounding_loss" : 0,
                "threshold" : 3
              } ],
              "ties" : [ {
                "round" : 1,
                "purpose" : "eliminate",
                "candidates" : [ "B", "C" ],
                "resolution" : "unresolved",
                "chosen" : null
              } ],
              "stopped_at_tie" : {
                "round" : 1,
                "purpose" : "eliminate",
                "candidates" : [ "B", "C" ],
                "resolution" : "unresolved",
                "chosen" : null
              },
              "inputs" : [ ]
            }
            """;
}
