package dev.flashkit.internal;

import java.time.Duration;
import java.util.Objects;

/** The {@code Retry-After} every adapter sends with its 503 when the session store fails: whole seconds. */
public final class RetryAfter {
    private RetryAfter() {}

    /**
     * {@code retryAfter} in whole seconds, rounded up (a client told to wait less than asked would retry too soon).
     *
     * @throws IllegalArgumentException when {@code retryAfter} is negative
     */
    public static long seconds(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter must not be null");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative");
        }
        long seconds = retryAfter.toSeconds();
        return retryAfter.equals(Duration.ofSeconds(seconds)) ? seconds : seconds + 1;
    }
}
