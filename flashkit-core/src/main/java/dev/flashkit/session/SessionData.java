package dev.flashkit.session;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link SessionStore} loads and saves: the id, the generation (bumped by every rotation),
 * creation and last-access times, and the attributes (normalised, immutable).
 *
 * @param needsRewrite the store asks for a save even if nothing changed (e.g. the cookie was opened with a
 *     fallback key and must be re-issued under the primary)
 */
public record SessionData(
        String id,
        long generation,
        Instant createdAt,
        Instant lastAccessedAt,
        Map<String, Object> attributes,
        boolean needsRewrite) {

    /** Validates and copies. */
    public SessionData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastAccessedAt, "lastAccessedAt");
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    /** Hides attribute values, which may be personal data. */
    @Override
    public String toString() {
        return "SessionData[generation=" + generation + ", createdAt=" + createdAt + ", keys=" + attributes.keySet()
                + "]";
    }
}
