package dev.flashkit.internal;

/**
 * Holds back response-header writes while message storage tries a layout, so only the final attempt
 * reaches the response (no duplicate {@code Set-Cookie} headers). Flashkit internal.
 */
public interface HeaderBuffer {

    /** From now on, header writes are buffered. */
    void begin();

    /** Drops the buffered writes (the attempt is retried). */
    void discard();

    /** Applies the buffered writes to the response and stops buffering. */
    void flush();
}
