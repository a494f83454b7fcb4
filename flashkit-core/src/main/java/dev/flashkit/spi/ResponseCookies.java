package dev.flashkit.spi;

import java.time.Duration;

/**
 * The cookies a request sets or deletes, as storages hand them over ({@link RequestScope#cookies()}).
 * Flashkit formats every {@code Set-Cookie} header itself with the configured attributes (path, domain,
 * {@code Secure}, {@code HttpOnly}, {@code SameSite}), keeps each whole header within {@link #MAX_HEADER_BYTES}
 * and marks a response that sets or deletes a cookie private ({@code Cache-Control: private, no-store},
 * {@code Vary: Cookie}).
 */
public interface ResponseCookies {
    /** Browsers and RFC 6265bis cap a cookie header line; Flashkit keeps the whole header within this. */
    int MAX_HEADER_BYTES = 4096;

    /**
     * The largest value (in bytes) a cookie called {@code name} living {@code maxAge} can carry without its
     * {@code Set-Cookie} header outgrowing {@link #MAX_HEADER_BYTES}.
     */
    int valueBudget(String name, Duration maxAge);

    /**
     * Sets the cookie for {@code maxAge} ({@code null}: until the browser closes). Returns {@code false} and
     * sets nothing when the header would exceed {@link #MAX_HEADER_BYTES}: store less, or elsewhere.
     */
    boolean set(String name, String value, Duration maxAge);

    /** Deletes the cookie in the browser. */
    void delete(String name);
}
