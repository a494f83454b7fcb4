package dev.flashkit.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The session of one request: a small map of JSON-compatible values that survives between requests,
 * like {@code request.session} in Django or Starlette. Obtained from the request context of your
 * framework adapter; nothing is read from the cookie or store until first use, and an untouched or
 * unchanged session writes nothing.
 *
 * <p>Values may be String, Number, Boolean, null, List and Map with String keys, nested; anything else
 * is refused at {@link #put} with an {@link IllegalArgumentException} naming the type. Integral numbers
 * read back as {@code Long}, floating ones as {@code Double}.
 */
public interface Session {

    /** The session id: unguessable, changes on {@link #rotate()} and {@link #invalidate()}. */
    String id();

    /** Whether this request started the session (no valid session came with it). */
    boolean isNew();

    /** When the session was created (its absolute expiry counts from here). */
    Instant createdAt();

    /** The value stored under {@code key}, or {@code null}. */
    Object get(String key);

    /** The value under {@code key} if present and of {@code type}; IllegalArgumentException for another type. */
    <T> Optional<T> get(String key, Class<T> type);

    /** The String under {@code key}, or {@code null}. */
    default String getString(String key) {
        return get(key, String.class).orElse(null);
    }

    /** The integral number under {@code key}, or {@code defaultValue} when absent. */
    default long getLong(String key, long defaultValue) {
        return get(key, Number.class).map(Number::longValue).orElse(defaultValue);
    }

    /** The integral number under {@code key} as an int, or {@code defaultValue} when absent. */
    default int getInt(String key, int defaultValue) {
        return get(key, Number.class).map(n -> Math.toIntExact(n.longValue())).orElse(defaultValue);
    }

    /** The number under {@code key} as a double, or {@code defaultValue} when absent. */
    default double getDouble(String key, double defaultValue) {
        return get(key, Number.class).map(Number::doubleValue).orElse(defaultValue);
    }

    /** The boolean under {@code key}, or {@code defaultValue} when absent. */
    default boolean getBoolean(String key, boolean defaultValue) {
        return get(key, Boolean.class).orElse(defaultValue);
    }

    /** The (immutable) list under {@code key}, or an empty list. */
    @SuppressWarnings("unchecked")
    default List<Object> getList(String key) {
        return get(key, List.class).map(l -> (List<Object>) l).orElse(List.of());
    }

    /** The (immutable) map under {@code key}, or an empty map. */
    @SuppressWarnings("unchecked")
    default Map<String, Object> getMap(String key) {
        return get(key, Map.class).map(m -> (Map<String, Object>) m).orElse(Map.of());
    }

    /** Stores a JSON-compatible value (copied); {@code null} is a value. Returns this session. */
    Session put(String key, Object value);

    /** Removes {@code key}; returns the value it had, or {@code null}. */
    Object remove(String key);

    /** Removes every key; the session keeps its id. */
    void clear();

    /** Whether a value is stored under {@code key}. */
    boolean contains(String key);

    /** The keys, in insertion order (an immutable snapshot). */
    Set<String> keys();

    /** An immutable snapshot of all values. */
    Map<String, Object> asMap();

    /** Whether the session holds no values. */
    default boolean isEmpty() {
        return keys().isEmpty();
    }

    /**
     * Gives the session a new id and generation and keeps its data: call it on login (and on any
     * privilege change) so an id planted before login is worthless afterwards.
     */
    void rotate();

    /**
     * Ends the session: deletes it from the store and clears the cookie — what logout calls. The
     * session object stays usable as a new, empty session (Django's {@code flush()}).
     */
    void invalidate();
}
