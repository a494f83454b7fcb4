package dev.flashkit.session;

import java.util.Map;
import java.util.Set;

/**
 * What one request changed in a session, so a store can save a delta (per-attribute writes) instead of
 * the whole map: concurrent requests that write different keys then all persist.
 *
 * @param isNew the session did not exist before this request: the store creates it
 * @param previousId the id before {@link Session#rotate()}, or {@code null} when not rotated
 * @param cleared every attribute not in {@code updated} was removed
 * @param updated keys written in this request with their new values
 * @param removed keys removed in this request
 */
public record SessionChanges(
        boolean isNew, String previousId, boolean cleared, Map<String, Object> updated, Set<String> removed) {

    /** Copies the collections. */
    public SessionChanges {
        updated = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(updated));
        removed = Set.copyOf(removed);
    }

    /** Whether nothing but the last-access time changed. */
    public boolean isTouchOnly() {
        return !isNew && previousId == null && !cleared && updated.isEmpty() && removed.isEmpty();
    }

    @Override
    public String toString() {
        return "SessionChanges[new=" + isNew + ", rotated=" + (previousId != null) + ", cleared=" + cleared
                + ", updated=" + updated.keySet() + ", removed=" + removed + "]";
    }
}
