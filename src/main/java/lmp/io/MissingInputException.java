package lmp.io;

/** An input file that does not exist or cannot be read: exit code 66 (EX_NOINPUT). */
public final class MissingInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingInputException(String message) {
        super(message, null, false, false);
    }
}
