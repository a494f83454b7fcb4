package dev.flashkit.redis;

import dev.flashkit.session.SessionData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session as read from its Redis hash: metadata (epoch millis) plus attribute values, the raw
 * entries of its flash list read in the same round trip (empty when not read), and the ids of those
 * entries the load claimed for the request (removed from the list; empty when it did not claim).
 */
record StoredSession(
        String id,
        long generation,
        long createdAt,
        long lastAccessedAt,
        Map<String, Object> attributes,
        List<String> flash,
        List<String> claimed) {
    StoredSession {
        flash = List.copyOf(flash);
        claimed = List.copyOf(claimed);
    }

    /** A session to write (no flash entries). */
    StoredSession(String id, long generation, long createdAt, long lastAccessedAt, Map<String, Object> attributes) {
        this(id, generation, createdAt, lastAccessedAt, attributes, List.of(), List.of());
    }

    /** The session as Flashkit sees it; pending flash messages add the marker that keeps the session alive. */
    SessionData toSessionData() {
        Map<String, Object> data = attributes;
        if (!flash.isEmpty() && !data.containsKey(RedisMessageStorage.MARKER)) {
            data = new LinkedHashMap<>(data);
            data.put(RedisMessageStorage.MARKER, true);
        }
        return new SessionData(
                id, generation, Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(lastAccessedAt), data, false);
    }
}
