package lmp.bargaining.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lmp.bargaining.Plan;
import lmp.bargaining.PlanFixtures;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

/**
 * The chart's layout, checked on the SVG it writes: no two texts overlap, and no text is smaller
 * than 12 px. Text widths are estimated independently of the layout code, at 0.6 em a character
 * (wider than the average sans-serif letter, about 0.5 em), so a pass means room to spare. Also:
 * the HTML page holds every item of the Markdown agenda.
 */
class PlanChartTest {
    private static final Pattern TEXT = Pattern.compile("<text([^>]*)>(.*?)</text>");
    private static final Pattern ATTR = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

    record Box(String text, double x1, double y1, double x2, double y2) {
        boolean overlaps(Box o) {
            return x1 < o.x2 && o.x1 < x2 && y1 < o.y2 && o.y1 < y2;
        }
    }

    static List<Box> texts(String svg, int rootSize) {
        List<Box> boxes = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String attrs = m.group(1);
            String text = m.group(2).replaceAll("<title>.*?</title>", "").replaceAll("&[a-z#0-9]+;", "x");
            double x = 0;
            double y = 0;
            double size = rootSize;
            String anchor = "start";
            Matcher a = ATTR.matcher(attrs);
            while (a.find()) {
                switch (a.group(1)) {
                    case "x" -> x = Double.parseDouble(a.group(2));
                    case "y" -> y = Double.parseDouble(a.group(2));
                    case "font-size" -> size = Double.parseDouble(a.group(2));
                    case "text-anchor" -> anchor = a.group(2);
                    default -> { }
                }
            }
            assertThat(size).as("font size of '%s'", text).isGreaterThanOrEqualTo(12);
            double w = text.length() * 0.6 * size;
            double left = switch (anchor) {
                case "end" -> x - w;
                case "middle" -> x - w / 2;
                default -> x;
            };
            boxes.add(new Box(text, left, y - size * 0.8, left + w, y + size * 0.2));
        }
        return boxes;
    }

    static void assertNoOverlap(String svg) {
        Matcher root = Pattern.compile("<svg[^>]*font-size=\"(\\d+)\"").matcher(svg);
        assertThat(root.find()).isTrue();
        int rootSize = Integer.parseInt(root.group(1));
        assertThat(rootSize).isGreaterThanOrEqualTo(12);
        assertThat(svg).doesNotContain("font-size=\"11\"", "font-size=\"10\"");
        List<Box> boxes = texts(svg, rootSize);
        assertThat(boxes).hasSizeGreaterThan(10);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("'%s' and '%s' overlap", boxes.get(i).text(),
                        boxes.get(j).text()).isFalse();
            }
        }
    }

    @Test
    void aLongAgreementsChartKeepsEveryTextOnTheCanvas() throws Exception {
        // An agreement longer than 3 years draws its petition periods years before the expiry: month names
        // thin out and the expiry label ends at its line instead of running off the right edge.
        String plan = java.nio.file.Files.readString(java.nio.file.Path.of(PlanFixtures.EXAMPLE))
                .replace("  expires: 2021-09-30\n", "  expires: 2021-09-30\n  start: 2016-10-01\n");
        assertThat(plan).contains("start: 2016-10-01");
        String svg = PlanChart.svg(lmp.bargaining.formats.PlanYaml.read(lmp.io.InputFile.ofText("long.yaml", plan)).orThrow(),
                LocalDate.parse("2021-06-01"));
        assertNoOverlap(svg);
        Matcher width = Pattern.compile("<svg[^>]*width=\"(\\d+)\"").matcher(svg);
        assertThat(width.find()).isTrue();
        int w = Integer.parseInt(width.group(1));
        assertThat(texts(svg, 12)).allSatisfy(b -> assertThat(b.x1() >= 0 && b.x2() <= w).as("'%s' from %s to %s within 0..%s",
                b.text(), b.x1(), b.x2(), w).isTrue());
    }

    @Test
    void theShippedChartsHaveNoOverlappingText() {
        assertNoOverlap(PlanChart.svg(PlanFixtures.read(PlanFixtures.EXAMPLE), LocalDate.parse("2021-06-01")));
        assertNoOverlap(PlanChart.svg(PlanFixtures.read(PlanFixtures.TIMED), LocalDate.parse("2025-05-01")));
    }

    @Test
    void aCrowdedPlanStillHasNoOverlappingText() {
        // ten sessions with long titles on ten days in a row, in one lane, and the deadlines below
        StringBuilder sessions = new StringBuilder("sessions:\n");
        for (int i = 1; i <= 10; i++) {
            sessions.append("  - id: s").append(i).append("\n    title: Bargaining session number ").append(i)
                    .append(" on economic proposals\n    kind: session\n    date: 2025-08-").append(String.format("%02d", i))
                    .append("\n    location: Oakland\n");
        }
        Plan plan = PlanYaml.read(InputFile.ofText("crowded.yaml", PlanFixtures.plan(sessions.toString()))).orThrow();
        String svg = PlanChart.svg(plan, LocalDate.parse("2025-05-01"));
        assertNoOverlap(svg);
        assertThat(svg).contains("Bargaining session number 10 on economic proposals");
    }

    @Test
    void theHtmlPageHoldsEveryItemOfTheMarkdownAgenda() {
        Plan plan = PlanFixtures.read(PlanFixtures.TIMED);
        LocalDate asOf = LocalDate.parse("2025-05-01");
        String html = PlanChart.render(plan, asOf);
        String md = PlanMarkdown.render(plan, asOf);
        // the items the Markdown has, each checked on both pages
        for (String item : List.of("Union group: Union Coalition", "Agreement start: 2021-10-01", "Time zone: America/Los_Angeles",
                "(weekend: serve earlier)", "08:30-17:00 America/Los_Angeles (each day)", "Member one, Member two",
                "Observers and alternates", "Local 1")) {
            assertThat(md.replace("\\", "")).as("markdown").contains(item.replace(" America/Los_Angeles (each day)", " America/Los_Angeles (each day)"));
            assertThat(html).as("html").contains(item);
        }
    }
}
