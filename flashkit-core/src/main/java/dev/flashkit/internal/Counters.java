package dev.flashkit.internal;

import dev.flashkit.FlashkitMetrics.StoreOperation;
import dev.flashkit.spi.RequestScope;
import java.util.List;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters of one {@code Flashkit} instance, written by the code that sees the event and read through
 * that instance's {@code FlashkitMetrics}. Code that counts finds them through the request it serves: {@link
 * #of(RequestScope)}; nothing counts into a JVM-wide static. Flashkit internal.
 *
 * <p>To add a counter: a {@link LongAdder} field and a method that adds to it here, a read method in {@code
 * FlashkitMetrics} (with its Javadoc and a line in the docs that name the event), a call where the event
 * happens ({@code Counters.of(scope).yourEvent()}), and a test in {@code FlashkitMetricsTest}. A counter tagged
 * by a few known values keeps one {@link LongAdder} per value (store failures by {@code StoreOperation}; the store
 * is the instance's one store); one tagged by open-ended values would keep a {@code ConcurrentHashMap} of tag
 * records to {@link LongAdder}s and list its tags through {@code FlashkitMetrics}. A distribution keeps fixed
 * buckets of {@link LongAdder}s plus a total and a maximum ({@code Set-Cookie} sizes). Reads stay pull-style, so a
 * metrics system (Micrometer's {@code FunctionCounter}) polls them and Flashkit depends on none.
 */
public final class Counters {
    /**
     * The upper limits, in bytes, of the {@code Set-Cookie} size buckets; the last is Flashkit's 4 KB cap on a
     * whole header, so every header Flashkit writes falls in one.
     */
    public static final List<Integer> SET_COOKIE_SIZE_LIMITS = List.of(256, 512, 1024, 2048, 3072, 4096);

    private final LongAdder invalidSessionCookies = new LongAdder();
    private final LongAdder invalidMessageCookies = new LongAdder();
    private final LongAdder coalescedMessages = new LongAdder();
    private final LongAdder droppedMessages = new LongAdder();
    private final LongAdder expiredUndeliveredMessages = new LongAdder();
    private final LongAdder[] storeFailures = adders(StoreOperation.values().length);
    private final LongAdder[] setCookieSizes = adders(SET_COOKIE_SIZE_LIMITS.size());
    private final LongAdder setCookieBytes = new LongAdder();
    private final LongAccumulator largestSetCookie = new LongAccumulator(Math::max, 0);

    /** New counters, all zero: one set per {@code Flashkit}. */
    public Counters() {}

    /**
     * The counters of the Flashkit serving {@code scope}'s request; a scope Flashkit did not create counts
     * into counters no one reads.
     */
    public static Counters of(RequestScope scope) {
        return CoreAccess.counters(scope);
    }

    /** A session cookie was ignored as invalid, tampered or expired. */
    public void invalidSessionCookie() {
        invalidSessionCookies.increment();
    }

    /** A messages cookie was ignored and deleted as tampered, truncated, foreign or malformed. */
    public void invalidMessageCookie() {
        invalidMessageCookies.increment();
    }

    /** {@code count} messages were merged into a "+N more messages" entry. */
    public void coalescedMessages(long count) {
        coalescedMessages.add(count);
    }

    /** {@code count} messages could not be stored even after merging and shortening. */
    public void droppedMessages(long count) {
        droppedMessages.add(count);
    }

    /** {@code count} messages expired before any page displayed them. */
    public void expiredUndeliveredMessages(long count) {
        expiredUndeliveredMessages.add(count);
    }

    /** The session store failed (threw a {@code SessionStoreException}) in {@code operation}. */
    public void storeFailure(StoreOperation operation) {
        storeFailures[operation.ordinal()].increment();
    }

    /** Flashkit wrote a {@code Set-Cookie} header of {@code bytes} bytes ({@code "Set-Cookie: "} included). */
    public void setCookie(int bytes) {
        int bucket = 0;
        while (bucket < SET_COOKIE_SIZE_LIMITS.size() - 1 && bytes > SET_COOKIE_SIZE_LIMITS.get(bucket)) {
            bucket++;
        }
        setCookieSizes[bucket].increment();
        setCookieBytes.add(bytes);
        largestSetCookie.accumulate(bytes);
    }

    /** Store failures in {@code operation} so far. */
    public long storeFailures(StoreOperation operation) {
        return storeFailures[operation.ordinal()].sum();
    }

    /** {@code Set-Cookie} headers so far whose size fell in bucket {@code index} of {@link #SET_COOKIE_SIZE_LIMITS}. */
    public long setCookies(int index) {
        return setCookieSizes[index].sum();
    }

    /** The bytes of all {@code Set-Cookie} headers so far. */
    public long setCookieBytes() {
        return setCookieBytes.sum();
    }

    /** The largest {@code Set-Cookie} header so far, in bytes; 0 before the first. */
    public long largestSetCookie() {
        return largestSetCookie.get();
    }

    private static LongAdder[] adders(int count) {
        LongAdder[] adders = new LongAdder[count];
        for (int i = 0; i < count; i++) {
            adders[i] = new LongAdder();
        }
        return adders;
    }

    /** Messages expired undelivered so far. */
    public long expiredUndeliveredMessages() {
        return expiredUndeliveredMessages.sum();
    }

    /** Invalid session cookies so far. */
    public long invalidSessionCookies() {
        return invalidSessionCookies.sum();
    }

    /** Invalid messages cookies so far. */
    public long invalidMessageCookies() {
        return invalidMessageCookies.sum();
    }

    /** Coalesced messages so far. */
    public long coalescedMessages() {
        return coalescedMessages.sum();
    }

    /** Dropped messages so far. */
    public long droppedMessages() {
        return droppedMessages.sum();
    }
}
