package dev.flashkit.redis;

import java.util.List;
import java.util.Map;

/**
 * A session as read from its Redis hash: metadata (epoch millis) plus attribute values, and the raw
 * entries of its flash list read in the same round trip (empty when not read).
 */
record StoredSession(
        String id,
        long generation,
        long createdAt,
        long lastAccessedAt,
        Map<String, Object> attributes,
        List<String> flash) {
    StoredSession {
        flash = List.copyOf(flash);
    }

    /** A session to write (no flash entries). */
    StoredSession(String id, long generation, long createdAt, long lastAccessedAt, Map<String, Object> attributes) {
        this(id, generation, createdAt, lastAccessedAt, attributes, List.of());
    }
}
