package dev.flashkit.redis;

import java.util.Map;

/** A session as read from its Redis hash: metadata (epoch millis) plus attribute values. */
record StoredSession(String id, long generation, long createdAt, long lastAccessedAt, Map<String, Object> attributes) {}
