package dev.flashkit.internal;

import dev.flashkit.spi.RequestScope;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters of one {@code Flashkit} instance, written by the code that sees the event and read through
 * that instance's {@code FlashkitMetrics}. Code that counts finds them through the request it serves: {@link
 * #of(RequestScope)}; nothing counts into a JVM-wide static. Flashkit internal.
 *
 * <p>To add a counter: a {@link LongAdder} field and a method that adds to it here, a read method in {@code
 * FlashkitMetrics} (with its Javadoc and a line in the docs that name the event), a call where the event
 * happens ({@code Counters.of(scope).yourEvent()}), and a test in {@code FlashkitMetricsTest}. A counter tagged
 * by values (store failures by store and operation) keeps a {@code ConcurrentHashMap} of tag records to
 * {@link LongAdder}s here and lists its tags through {@code FlashkitMetrics}; a distribution (sizes of
 * {@code Set-Cookie} headers) keeps fixed buckets of {@link LongAdder}s. Reads stay pull-style, so a metrics
 * system (Micrometer's {@code FunctionCounter}) polls them and Flashkit depends on none.
 */
public final class Counters {
    private final LongAdder invalidSessionCookies = new LongAdder();
    private final LongAdder invalidMessageCookies = new LongAdder();
    private final LongAdder coalescedMessages = new LongAdder();
    private final LongAdder droppedMessages = new LongAdder();
    private final LongAdder expiredUndeliveredMessages = new LongAdder();

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
