package lmp.io;

/** An output that cannot be written (exists without --force, no permission, disk full): exit 73 (EX_CANTCREAT). */
public final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message, null, false, false);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
