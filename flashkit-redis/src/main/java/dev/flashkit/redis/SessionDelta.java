package dev.flashkit.redis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one request changed: {@code cleared} removes every stored attribute first, then
 * {@code changed} attributes are written and {@code removed} ones deleted. Attributes nobody
 * touched are left alone, so concurrent requests that change different keys all persist.
 */
record SessionDelta(boolean cleared, Map<String, Object> changed, Set<String> removed) {
    static final SessionDelta NONE = new SessionDelta(false, Map.of(), Set.of());

    SessionDelta {
        changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed)); // values may be JSON null
        removed = Set.copyOf(removed);
    }
}
