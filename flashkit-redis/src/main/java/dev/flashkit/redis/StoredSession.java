package dev.flashkit.redis;

import java.util.Map;

/** A session as read from its Redis hash: metadata plus attribute values (JSON-compatible). */
record StoredSession(String id, long generation, long createdAt, long absoluteExpiry, Map<String, Object> attributes) {}
