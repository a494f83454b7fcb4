package dev.flashkit.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move forward by hand: pass it to {@code FlashkitConfig.Builder.clock(...)}. */
public final class TestClock extends Clock {
    private volatile Instant now;

    /** A clock standing at 2026-01-01T10:00:00Z. */
    public TestClock() {
        this(Instant.parse("2026-01-01T10:00:00Z"));
    }

    /** A clock standing at {@code start}. */
    public TestClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
