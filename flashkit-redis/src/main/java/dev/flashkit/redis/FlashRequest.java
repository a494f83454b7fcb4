package dev.flashkit.redis;

import dev.flashkit.spi.RequestScope;
import java.util.List;
import java.util.Set;

/**
 * What one request remembers about its session's flash list between the calls Flashkit makes, kept in a
 * slot of the request's {@link RequestScope} (never in a map inside the store or in a session attribute):
 * it is written by {@link RedisSessionStore}'s load and save and by {@link RedisMessageStorage}, and dies
 * with the request.
 */
final class FlashRequest {
    /** The slot of a request's flash state. */
    static final RequestScope.Key<FlashRequest> KEY = RequestScope.Key.of("flashkit.redis.flash");

    /**
     * The list's raw entries as the owning session store's load read them (with the session, one round trip);
     * {@code null} when the load found no session.
     */
    List<String> readWithSession;

    /** Whether the message storage already stored a change in this request (then a load reads Redis). */
    boolean stored;

    /** Ids this request loaded that are still in Redis (claimed ones are not); {@code null} before a load. */
    Set<String> inRedis;

    /** Entries the session load claimed for this request and not yet stored back or released. */
    HeldFlash held;

    /** The change the owning session store's save writes in the same script; {@code null} when none. */
    FlashDelta pending;

    /** The state of {@code scope}'s request, created on first use. */
    static FlashRequest of(RequestScope scope) {
        return scope.computeIfAbsent(KEY, FlashRequest::new);
    }
}
