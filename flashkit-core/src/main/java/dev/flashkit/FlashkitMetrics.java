package dev.flashkit;

import dev.flashkit.internal.MessageCounters;
import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide counters of events worth watching: rejected cookies (tampering or key rotation) and
 * messages coalesced because storage was full. Read them from your metrics system.
 */
public final class FlashkitMetrics {
    static final LongAdder INVALID_SESSION_COOKIES = new LongAdder();

    private FlashkitMetrics() {}

    /** How many session cookies were ignored as invalid, tampered or expired since start. */
    public static long invalidSessionCookies() {
        return INVALID_SESSION_COOKIES.sum();
    }

    /** How many messages were merged into a "+N more messages" entry because storage or backlog was full. */
    public static long coalescedMessages() {
        return MessageCounters.COALESCED.sum();
    }

    /** How many messages cookies were ignored and deleted as tampered, truncated, foreign or malformed. */
    public static long invalidMessageCookies() {
        return MessageCounters.INVALID_COOKIES.sum();
    }

    /** How many flash messages no storage could hold even after merging and shortening (alert on any). */
    public static long droppedMessages() {
        return MessageCounters.DROPPED.sum();
    }

    /** How many flash messages expired before any page displayed them (logged at DEBUG one by one). */
    public static long expiredUndeliveredMessages() {
        return MessageCounters.EXPIRED_UNDELIVERED.sum();
    }
}
