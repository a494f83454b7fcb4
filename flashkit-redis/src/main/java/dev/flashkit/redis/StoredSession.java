package dev.flashkit.redis;

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
}
