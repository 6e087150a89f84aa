package lmp.cli.bargaining;

/** The files {@code lmp bargaining timeline} can write, with their extensions. */
public enum TimelineFormat {
    ics(".ics"), markdown(".md"), csv(".csv"), html(".html"), json(".json");

    private final String extension;

    TimelineFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The values in declaration order, for help and completion (picocli lists none for a list of enums). */
    public static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(values()).map(Enum::name).iterator();
        }
    }
}
