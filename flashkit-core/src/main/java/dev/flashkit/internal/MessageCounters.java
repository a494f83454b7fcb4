package dev.flashkit.internal;

import java.util.concurrent.atomic.LongAdder;

/** Process-wide message counters, read through {@code FlashkitMetrics}. Flashkit internal. */
public final class MessageCounters {
    /** Messages merged into a "+N more messages" entry because storage or backlog was full. */
    public static final LongAdder COALESCED = new LongAdder();

    /** Messages cookies ignored (and deleted) as tampered, truncated, foreign or malformed. */
    public static final LongAdder INVALID_COOKIES = new LongAdder();

    /** Messages no storage could hold even after merging and shortening (should stay 0). */
    public static final LongAdder DROPPED = new LongAdder();

    /** Messages that expired before any page displayed them. */
    public static final LongAdder EXPIRED_UNDELIVERED = new LongAdder();

    private MessageCounters() {}
}
