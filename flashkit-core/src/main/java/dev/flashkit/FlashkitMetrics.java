package dev.flashkit;

import dev.flashkit.internal.Counters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counters of one {@link Flashkit} instance ({@link Flashkit#metrics()}): rejected cookies (tampering or
 * key rotation) and messages merged or dropped because storage was full. Two instances in one JVM count
 * separately. Read-only and pull-style: each method returns the total since the instance was created, so a
 * metrics system polls it (Micrometer:
 * {@code FunctionCounter.builder("flashkit.messages.coalesced", metrics, FlashkitMetrics::coalescedMessages)}).
 * Thread-safe.
 *
 * <p>A new counter is one more read method here, backed by a counter of the instance that the counting code
 * reaches through the request it serves (never a static); counters tagged by values (by store and operation)
 * or distributions (by size) follow the same shape, with a method that takes the tag or returns the buckets.
 */
public final class FlashkitMetrics {
    private final Counters counters;

    FlashkitMetrics(Counters counters) {
        this.counters = counters;
    }

    /** How many session cookies were ignored as invalid, tampered or expired. */
    public long invalidSessionCookies() {
        return counters.invalidSessionCookies();
    }

    /** How many messages were merged into a "+N more messages" entry because storage or backlog was full. */
    public long coalescedMessages() {
        return counters.coalescedMessages();
    }

    /** How many messages cookies were ignored and deleted as tampered, truncated, foreign or malformed. */
    public long invalidMessageCookies() {
        return counters.invalidMessageCookies();
    }

    /** How many flash messages no storage could hold even after merging and shortening (alert on any). */
    public long droppedMessages() {
        return counters.droppedMessages();
    }

    @Override
    public String toString() {
        return "FlashkitMetrics[invalidSessionCookies=" + invalidSessionCookies() + ", invalidMessageCookies="
                + invalidMessageCookies() + ", coalescedMessages=" + coalescedMessages() + ", droppedMessages="
                + droppedMessages() + ", expiredUndeliveredMessages=" + expiredUndeliveredMessages() + "]";
    }

    /** How many flash messages expired before any page displayed them (logged at DEBUG one by one). */
    public long expiredUndeliveredMessages() {
        return counters.expiredUndeliveredMessages();
    }

    /**
     * How many times the session store ({@link FlashkitConfig#sessionStore()}) failed in {@code operation}: threw
     * a {@link dev.flashkit.session.SessionStoreException}, which the adapters answer with 503.
     */
    public long storeFailures(StoreOperation operation) {
        return counters.storeFailures(operation);
    }

    /** The sizes of the {@code Set-Cookie} headers this instance wrote so far (deletions included). */
    public SetCookieSizes setCookieSizes() {
        Map<Integer, Long> upTo = new LinkedHashMap<>();
        long cumulative = 0;
        for (int i = 0; i < Counters.SET_COOKIE_SIZE_LIMITS.size(); i++) {
            cumulative += counters.setCookies(i);
            upTo.put(Counters.SET_COOKIE_SIZE_LIMITS.get(i), cumulative);
        }
        return new SetCookieSizes(
                cumulative, counters.setCookieBytes(), counters.largestSetCookie(), Collections.unmodifiableMap(upTo));
    }

    /** What a session store was doing when it failed. */
    public enum StoreOperation {
        /** Reading the request's session. */
        LOAD,
        /** Writing the session at the end of the request. */
        SAVE,
        /** Deleting an invalidated, emptied, rotated or expired session. */
        DELETE
    }

    /**
     * A distribution of {@code Set-Cookie} header sizes, each counted in bytes of the whole header line ({@code
     * Set-Cookie: } included) as Flashkit's 4 KB limit counts it.
     *
     * @param count the headers written
     * @param totalBytes their bytes together
     * @param maxBytes the largest one (0 before the first)
     * @param countUpTo for each bucket limit (256, 512, 1024, 2048, 3072 and 4096 bytes), how many headers were at
     *     most that large (cumulative, like a Prometheus histogram; the last equals {@code count})
     */
    public record SetCookieSizes(long count, long totalBytes, long maxBytes, Map<Integer, Long> countUpTo) {}
}
