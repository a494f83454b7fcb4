package dev.flashkit.internal;

import java.time.Duration;
import java.util.Objects;

/** The builder check the store modules share for a timeout: set, and longer than zero. */
public final class Durations {
    private Durations() {}

    /**
     * {@code value}, once checked.
     *
     * @throws NullPointerException naming {@code name} when {@code value} is null
     * @throws IllegalArgumentException "{@code name} must be positive" when it is zero or negative
     */
    public static Duration requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
