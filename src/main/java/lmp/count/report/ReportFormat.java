package lmp.count.report;

/** The formats a tally can be written in, with their file extensions. */
public enum ReportFormat {
    TEXT("txt"),
    JSON("json"),
    CSV("csv"),
    MARKDOWN("md"),
    HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * The report in this format. A switch rather than a renderer per constant: a method reference
     * would load every renderer, and with JSON's the JSON library, for every tally (docs/install.md,
     * "Start-up").
     */
    public String render(TallyReport report) {
        return switch (this) {
            case TEXT -> TextReport.render(report);
            case JSON -> JsonReport.render(report);
            case CSV -> CsvReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case HTML -> HtmlReport.render(report);
        };
    }
}
