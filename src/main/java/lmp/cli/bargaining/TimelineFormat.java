package lmp.cli.bargaining;

/** The files {@code lmp bargaining timeline} can write, with their extensions. */
public enum TimelineFormat {
    ics(".ics"), md(".md"), csv(".csv"), html(".html");

    private final String extension;

    TimelineFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
