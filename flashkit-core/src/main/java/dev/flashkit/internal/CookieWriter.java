package dev.flashkit.internal;

import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.ResponseCookies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one place that writes Flashkit's response cookies: formats each {@code Set-Cookie} header
 * ({@link SetCookieHeader}), keeps the whole header within {@link #MAX_HEADER_BYTES}, holds writes back while
 * message storage tries a layout ({@link #begin()} / {@link #discard()} / {@link #flush()}, so only the final
 * attempt reaches the response) and, at {@link #finish()}, marks a response that set or deleted a cookie (or
 * showed messages) private with {@code Cache-Control: private, no-store} and {@code Vary: Cookie}. One per
 * request; not thread-safe. Flashkit internal.
 */
public final class CookieWriter implements ResponseCookies {
    private static final int HEADER_PREFIX = "Set-Cookie: ".length();

    private final Exchange exchange;
    private final SetCookieHeader.Attributes attributes;
    private final Clock clock;
    private final Counters counters;
    private List<String> buffered;
    private boolean privateResponse;
    // valueBudget formats the header without a value; set() of the same cookie splices its value into it
    private String emptyName;
    private Duration emptyMaxAge;
    private long emptySecond;
    private String empty;

    /** A writer for {@code exchange}'s response, with the attributes of its request (HTTPS or not). */
    public CookieWriter(Exchange exchange, SetCookieHeader.Attributes attributes, Clock clock) {
        this(exchange, attributes, clock, new Counters());
    }

    /** A writer that also counts the size of each header it writes into {@code counters}. */
    public CookieWriter(Exchange exchange, SetCookieHeader.Attributes attributes, Clock clock, Counters counters) {
        this.exchange = exchange;
        this.attributes = attributes;
        this.clock = clock;
        this.counters = counters;
    }

    @Override
    public int valueBudget(String name, Duration maxAge) {
        return MAX_HEADER_BYTES - HEADER_PREFIX - SetCookieHeader.byteLength(emptyHeader(name, maxAge));
    }

    @Override
    public boolean set(String name, String value, Duration maxAge) {
        String header = header(name, value, maxAge);
        if (headerBytes(header) > MAX_HEADER_BYTES) {
            return false;
        }
        write(header);
        return true;
    }

    /** The size in bytes of the whole {@code Set-Cookie} header {@link #set} would write. */
    public int headerBytes(String name, String value, Duration maxAge) {
        return headerBytes(header(name, value, maxAge));
    }

    @Override
    public void delete(String name) {
        write(SetCookieHeader.deletion(name, attributes));
    }

    /** Marks the response as carrying per-user content (e.g. it displays messages). */
    public void markPrivate() {
        privateResponse = true;
    }

    /** From now on, cookie writes are held back. */
    public void begin() {
        buffered = new ArrayList<>(2);
    }

    /** Drops the held-back writes (the attempt is retried). */
    public void discard() {
        if (buffered != null) {
            buffered.clear();
        }
    }

    /** Writes the held-back cookies to the response and stops holding back. */
    public void flush() {
        List<String> writes = buffered;
        buffered = null;
        if (writes != null) {
            writes.forEach(this::write);
        }
    }

    /**
     * Ends the response's cookies: when a cookie was written or the response was marked private, sets
     * {@code Cache-Control: private, no-store} and adds {@code Cookie} to {@code Vary}.
     */
    public void finish() {
        if (!privateResponse) {
            return;
        }
        exchange.setResponseHeader("Cache-Control", "private, no-store");
        String vary = exchange.responseHeader("Vary");
        if (vary == null || vary.isBlank()) {
            exchange.setResponseHeader("Vary", "Cookie");
        } else if (!vary.equals("*") && !vary.toLowerCase(Locale.ROOT).matches("(.*[ ,])?cookie([ ,].*)?")) {
            exchange.setResponseHeader("Vary", vary + ", Cookie");
        }
    }

    private void write(String header) {
        if (buffered != null) {
            buffered.add(header);
            return;
        }
        privateResponse = true;
        counters.setCookie(headerBytes(header));
        exchange.addResponseHeader("Set-Cookie", header);
    }

    /** The header; splices the value into the one {@link #valueBudget} formatted when it was for this cookie. */
    private String header(String name, String value, Duration maxAge) {
        if (!emptyIsFor(name, maxAge, Math.floorDiv(clock.millis(), 1000))) {
            return SetCookieHeader.of(name, value, maxAge, clock.instant(), attributes);
        }
        int split = name.length() + 1;
        return new StringBuilder(empty.length() + value.length())
                .append(empty, 0, split)
                .append(value)
                .append(empty, split, empty.length())
                .toString();
    }

    /** {@code name=; Max-Age=...; ...}: the header without a value, formatted once per cookie and request. */
    private String emptyHeader(String name, Duration maxAge) {
        long second = Math.floorDiv(clock.millis(), 1000); // no Instant unless the header is formatted
        if (!emptyIsFor(name, maxAge, second)) {
            Instant now = clock.instant();
            empty = SetCookieHeader.of(name, "", maxAge, now, attributes);
            emptyName = name;
            emptyMaxAge = maxAge;
            emptySecond = now.getEpochSecond();
        }
        return empty;
    }

    private boolean emptyIsFor(String name, Duration maxAge, long epochSecond) {
        return empty != null
                && name.equals(emptyName)
                && Objects.equals(maxAge, emptyMaxAge)
                && epochSecond == emptySecond;
    }

    private static int headerBytes(String header) {
        return HEADER_PREFIX + SetCookieHeader.byteLength(header);
    }
}
