package dev.flashkit.session;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.RandomIds;
import dev.flashkit.internal.Stages;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where sessions live (Spring Session's shape): the cookie itself ({@link CookieSessionStore}, the
 * default), this process's memory ({@link MemorySessionStore}) or a shared server such as Redis.
 * Implementations are thread-safe. Expiry and dirty tracking are handled by Flashkit; a store only
 * honours the time-to-live it is given.
 *
 * <p><b>Non-blocking variants.</b> A reactive adapter (WebFlux on Netty, Quarkus on Vert.x) must never block its
 * event-loop thread, so it calls {@link #loadAsync}, {@link #saveAsync} and {@link #deleteAsync} instead. Their
 * defaults run the blocking method on the calling thread and return a completed stage: a blocking store (JDBC)
 * keeps working unchanged, and says so with {@link #isNonBlocking()} {@code false}, so the reactive adapter runs
 * its calls on a worker pool instead of the event loop. A store whose async methods never block (the cookie and
 * memory stores, which complete at once; Redis on Lettuce's async API) returns {@code true}. Failures of the
 * store complete the stage exceptionally with {@link SessionStoreException}, as the blocking methods throw it.
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

    /**
     * Whether {@link #loadAsync}, {@link #saveAsync} and {@link #deleteAsync} never block the calling thread
     * (they complete at once or on the store's own I/O threads). {@code false} (the default) tells a reactive
     * adapter to run this store's calls on a worker pool, off the event loop.
     */
    default boolean isNonBlocking() {
        return false;
    }

    /**
     * {@link #load(String, RequestScope)} as a stage, for reactive adapters. The default runs the blocking
     * method here and now; failures complete the stage with {@link SessionStoreException}.
     */
    default CompletionStage<Optional<SessionData>> loadAsync(String cookieValue, RequestScope scope) {
        return Stages.now(() -> load(cookieValue, scope));
    }

    /**
     * {@link #save(SessionData, SessionChanges, Duration, RequestScope)} as a stage, for reactive adapters. The
     * default runs the blocking method here and now.
     */
    default CompletionStage<Optional<String>> saveAsync(
            SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
        return Stages.now(() -> save(session, changes, timeToLive, scope));
    }

    /** {@link #delete(String, RequestScope)} as a stage; the default runs the blocking method here and now. */
    default CompletionStage<Void> deleteAsync(String id, RequestScope scope) {
        return Stages.run(() -> delete(id, scope));
    }

    /** Called once when a Flashkit instance is built with this store: validate or warn about the config. */
    default void onInstall(FlashkitConfig config) {}
}
