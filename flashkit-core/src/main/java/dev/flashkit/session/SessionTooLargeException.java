package dev.flashkit.session;

import dev.flashkit.FlashkitException;

/**
 * The session does not fit in its cookie: browsers drop cookies whose {@code Set-Cookie} header passes
 * 4096 bytes, so Flashkit refuses instead of losing data silently. Store less in the session, or use a
 * server-side store (memory, Redis) that keeps only an id in the cookie.
 */
public final class SessionTooLargeException extends FlashkitException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception naming the header size and the limit. */
    public SessionTooLargeException(String cookieName, int headerBytes, int limitBytes) {
        super("the session cookie '" + cookieName + "' would need a " + headerBytes
                + "-byte Set-Cookie header, over the " + limitBytes + "-byte limit browsers enforce; store less in "
                + "the session or use a server-side store (MemorySessionStore, RedisSessionStore)");
    }
}
