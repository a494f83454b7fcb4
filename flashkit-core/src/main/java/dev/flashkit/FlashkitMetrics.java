package dev.flashkit;

import dev.flashkit.internal.Counters;

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
                + droppedMessages() + "]";
    }

    /** How many flash messages expired before any page displayed them (logged at DEBUG one by one). */
    public long expiredUndeliveredMessages() {
        return counters.expiredUndeliveredMessages();
    }
}
