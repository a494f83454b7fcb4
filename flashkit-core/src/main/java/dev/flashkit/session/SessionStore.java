package dev.flashkit.session;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.RandomIds;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.util.Optional;

/**
 * Where sessions live (Spring Session's shape): the cookie itself ({@link CookieSessionStore}, the
 * default), this process's memory ({@link MemorySessionStore}) or a shared server such as Redis.
 * Implementations are thread-safe. Expiry and dirty tracking are handled by Flashkit; a store only
 * honours the time-to-live it is given.
 */
public interface SessionStore {

    /**
     * The session a request cookie refers to; empty for anything unknown, expired, tampered or malformed.
     * Never throws for bad input; throws {@link SessionStoreException} only when the store itself fails.
     */
    Optional<SessionData> load(String cookieValue);

    /**
     * {@link #load(String)} for a request: Flashkit calls this one, with the request's scope, so a store that
     * also keeps the flash messages can claim those the request may display in the same round trip
     * ({@link RequestScope#claimTarget()}) and keep them in a slot of the scope. The default ignores the scope.
     */
    default Optional<SessionData> load(String cookieValue, RequestScope scope) {
        return load(cookieValue);
    }

    /**
     * Saves {@code session} (its attributes are the full new state; {@code changes} the delta) to live at
     * most {@code timeToLive}, and returns the cookie value to send. Empty means the session no longer
     * exists (it was invalidated concurrently): it must never be resurrected, and the cookie is deleted.
     * When {@code changes.previousId()} is set, the old id stops working atomically with this save.
     */
    Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive);

    /**
     * {@link #save(SessionData, SessionChanges, Duration)} for a request: Flashkit calls this one, with the
     * request's scope, so a store can write in the same step what the request kept in a slot (Redis: the
     * flash-list change). The default ignores the scope.
     */
    default Optional<String> save(
            SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
        return save(session, changes, timeToLive);
    }

    /** Deletes the session with this id; later loads and saves of it find nothing. */
    void delete(String id);

    /**
     * {@link #delete(String)} for a request: Flashkit calls this one, with the request's scope, so a store that
     * reaches its data through the request (the servlet container's session) finds it in a slot of the scope.
     * The default ignores the scope.
     */
    default void delete(String id, RequestScope scope) {
        delete(id);
    }

    /**
     * The encoded size in bytes the cookie value would have for {@code session}, for stores whose cookie
     * carries the data (others return the id length). Flashkit asks it with the request's session as the commit
     * would save it, plus the messages the session message storage wants to keep there, to decide how many fit.
     */
    default int cookieValueLength(SessionData session) {
        return session.id().length();
    }

    /**
     * The id for a session Flashkit is starting ({@code previousId} null) or rotating ({@code previousId}
     * is the id it had until now, see {@link Session#rotate()}). The default is 192 random bits,
     * base64url-encoded. A store overrides it when its ids need structure, e.g. a Redis Cluster store
     * keeps a part of the previous id so the rotated session stays on the same node. Ids must carry at
     * least 128 unguessable random bits, differ from {@code previousId}, and use only cookie-safe
     * characters ({@code A-Z a-z 0-9 - _ .}).
     */
    default String newId(String previousId) {
        return RandomIds.newId();
    }

    /** Called once when a Flashkit instance is built with this store: validate or warn about the config. */
    default void onInstall(FlashkitConfig config) {}
}
