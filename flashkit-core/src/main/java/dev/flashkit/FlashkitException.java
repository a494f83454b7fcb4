package dev.flashkit;

/** Root of the exceptions Flashkit raises for misuse or misconfiguration; the message says what to do next. */
public class FlashkitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message that names the problem and the fix. */
    public FlashkitException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the underlying cause. */
    public FlashkitException(String message, Throwable cause) {
        super(message, cause);
    }
}
