package dev.flashkit.jdbc;

import dev.flashkit.spi.RequestScope;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one request remembers about its session's flash messages between the calls Flashkit makes, in a slot
 * of the request's {@link RequestScope}: written by {@link JdbcSessionStore}'s load and save and by
 * {@link JdbcMessageStorage}, and gone with the request.
 */
final class FlashState {
    /** The slot of a request's flash state. */
    static final RequestScope.Key<FlashState> KEY = RequestScope.Key.of("flashkit.jdbc.flash");

    /** The id the session was loaded under (claims and put-backs use it even after a rotation). */
    volatile String loadedId;

    /** The message rows read with the session, in order; {@code null} when the load found no session. */
    volatile List<StoredMessage> read;

    /** Ids this request believes are in the database; {@code null} before the storage's load. */
    volatile Set<String> present;

    /** Rows this request claimed (deleted) and has not put back, by message id. */
    final Map<String, StoredMessage> claimed = Collections.synchronizedMap(new LinkedHashMap<>());

    /** Whether a put-back of the claimed rows is registered for a failed request. */
    volatile boolean releaseRegistered;

    /** The change the session save writes in the same statement; {@code null} when none. */
    volatile FlashDelta pending;

    /** The state of {@code scope}'s request, created on first use. */
    static FlashState of(RequestScope scope) {
        return scope.computeIfAbsent(KEY, FlashState::new);
    }
}
