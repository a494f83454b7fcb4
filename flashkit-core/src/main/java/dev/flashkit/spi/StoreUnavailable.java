package dev.flashkit.spi;

import dev.flashkit.internal.RetryAfter;
import dev.flashkit.session.SessionStoreException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The answer every adapter gives when the session store fails (e.g. Redis unreachable): {@code 503 Service
 * Unavailable} with {@code Retry-After}, {@code Cache-Control: no-store} and a short plain-text page, and no
 * Flashkit cookie, so the user's cookie stays as it is and the session resumes once the store is back
 * (docs/redis.md, "Failure behaviour"). The adapter resets its response and writes {@link #status()},
 * {@link #headers()} and {@link #body()}.
 */
public final class StoreUnavailable {
    /** The text of the page. */
    public static final String TEXT = "Sessions are temporarily unavailable. Please try again in a moment.";

    private static final System.Logger LOG = System.getLogger(StoreUnavailable.class.getName());
    private static final byte[] BODY = TEXT.getBytes(StandardCharsets.UTF_8);

    private final long retryAfterSeconds;

    private StoreUnavailable(long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * The page telling clients to retry after {@code retryAfter}, rounded up to whole seconds (adapters default
     * to one second).
     *
     * @throws IllegalArgumentException when {@code retryAfter} is negative
     */
    public static StoreUnavailable retryAfter(Duration retryAfter) {
        return new StoreUnavailable(RetryAfter.seconds(retryAfter));
    }

    /** {@code 503}. */
    public int status() {
        return 503;
    }

    /** The headers to set after resetting the response: {@code Retry-After}, {@code Cache-Control}, type. */
    public Map<String, String> headers() {
        return Map.of(
                "Retry-After", Long.toString(retryAfterSeconds),
                "Cache-Control", "no-store",
                "Content-Type", "text/plain;charset=UTF-8");
    }

    /** The page's UTF-8 bytes (a fresh copy). */
    public byte[] body() {
        return BODY.clone();
    }

    /** Logs (without cookies or values) that {@code exchange} gets this page because of {@code failure}. */
    public void log(Exchange exchange, SessionStoreException failure) {
        LOG.log(
                System.Logger.Level.WARNING,
                "Flashkit: session store unavailable for " + exchange.method() + " " + exchange.path()
                        + ", answering 503: " + failure.getMessage());
    }
}
