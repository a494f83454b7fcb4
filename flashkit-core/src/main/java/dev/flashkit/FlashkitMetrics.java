package dev.flashkit;

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
}
