package dev.flashkit.internal;

import java.util.concurrent.atomic.LongAdder;

/** Process-wide message counters, read through {@code FlashkitMetrics}. Flashkit internal. */
public final class MessageCounters {
    /** Messages merged into a "+N more messages" entry because storage or backlog was full. */
    public static final LongAdder COALESCED = new LongAdder();

    /** Messages cookies ignored (and deleted) as tampered, truncated, foreign or malformed. */
    public static final LongAdder INVALID_COOKIES = new LongAdder();

    private MessageCounters() {}
}
