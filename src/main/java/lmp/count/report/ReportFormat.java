package lmp.count.report;

import java.util.function.Function;

/** The formats a tally can be written in, with their file extensions. */
public enum ReportFormat {
    TEXT("txt", TextReport::render),
    JSON("json", JsonReport::render),
    CSV("csv", CsvReport::render),
    MARKDOWN("md", MarkdownReport::render),
    HTML("html", HtmlReport::render);

    private final String extension;
    private final Function<TallyReport, String> renderer;

    ReportFormat(String extension, Function<TallyReport, String> renderer) {
        this.extension = extension;
        this.renderer = renderer;
    }

    public String extension() {
        return extension;
    }

    public String render(TallyReport report) {
        return renderer.apply(report);
    }
}
