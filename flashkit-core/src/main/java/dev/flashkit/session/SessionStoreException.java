package dev.flashkit.session;

import dev.flashkit.FlashkitException;

/** A session store could not do its job (e.g. Redis unreachable or timed out); never raised for bad cookies. */
public class SessionStoreException extends FlashkitException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with what failed and the cause. */
    public SessionStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with what failed. */
    public SessionStoreException(String message) {
        super(message);
    }
}
