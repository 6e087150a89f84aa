package lmp.io;

/** How serious a {@link Problem} is. Errors make input unusable; warnings are reported but do not block. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
