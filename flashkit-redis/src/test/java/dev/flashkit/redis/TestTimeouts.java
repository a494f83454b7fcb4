package dev.flashkit.redis;

import java.time.Duration;

/** Command timeouts for tests whose subject is not timing (a cold JVM on a busy CI box is slow). */
final class TestTimeouts {
    /** Generous: only a hung Redis would reach it. */
    static final Duration RELAXED = Duration.ofSeconds(10);

    private TestTimeouts() {}
}
