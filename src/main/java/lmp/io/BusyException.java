package lmp.io;

/**
 * Another lmp process (or another thread) is changing the same roster or election file and did not
 * finish within the wait: exit 75 (EX_TEMPFAIL). Nothing was changed; running the command again
 * later is safe.
 */
public final class BusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BusyException(String message) {
        super(message, null, false, false);
    }
}
