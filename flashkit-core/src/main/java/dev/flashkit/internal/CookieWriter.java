package dev.flashkit.internal;

import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.ResponseCookies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one place that writes Flashkit's response cookies: formats each {@code Set-Cookie} header
 * ({@link SetCookieHeader}), keeps the whole header within {@link #MAX_HEADER_BYTES}, holds writes back while
 * message storage tries a layout ({@link #begin()} / {@link #discard()} / {@link #flush()}, so only the final
 * attempt reaches the response) and, at {@link #finish()}, marks a response that set or deleted a cookie (or
 * showed messages) private with {@code Cache-Control: private, no-store} and {@code Vary: Cookie}, and a response
 * that only read the session with {@code Vary: Cookie} alone. With browser-session cookies (not {@code
 * persistent}) it writes no {@code Max-Age} or {@code Expires}. One per request; not thread-safe. Flashkit
 * internal.
 */
public final class CookieWriter implements ResponseCookies {
    private static final int HEADER_PREFIX = "Set-Cookie: ".length();

    private final Exchange exchange;
    private final SetCookieHeader.Attributes attributes;
    private final Clock clock;
    private final boolean persistent;
    private final Counters counters;
    private List<String> buffered;
    private boolean privateResponse;
    private boolean variesOnCookie;
    // valueBudget formats the header without a value; set() of the same cookie splices its value into it
    private String emptyName;
    private Duration emptyMaxAge;
    private long emptySecond;
    private String empty;

    /** A writer of persistent cookies for {@code exchange}'s response, with the attributes of its request. */
    public CookieWriter(Exchange exchange, SetCookieHeader.Attributes attributes, Clock clock) {
        this(exchange, attributes, clock, true, new Counters());
    }

    /**
     * A writer for {@code exchange}'s response, with the attributes of its request (HTTPS or not); when not
     * {@code persistent}, every cookie it sets lasts until the browser closes, whatever {@code maxAge} it is given.
     */
    public CookieWriter(Exchange exchange, SetCookieHeader.Attributes attributes, Clock clock, boolean persistent) {
        this(exchange, attributes, clock, persistent, new Counters());
    }

    /** {@link #CookieWriter(Exchange, SetCookieHeader.Attributes, Clock, boolean)}, counting each header's size. */
    public CookieWriter(
            Exchange exchange,
            SetCookieHeader.Attributes attributes,
            Clock clock,
            boolean persistent,
            Counters counters) {
        this.exchange = exchange;
        this.attributes = attributes;
        this.clock = clock;
        this.persistent = persistent;
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

    /**
     * Marks the response as depending on the request's cookies (the session was read): {@link #finish()} adds
     * {@code Cookie} to {@code Vary} so a shared cache never serves it to another user, and leaves {@code
     * Cache-Control} to the application.
     */
    public void varyOnCookie() {
        variesOnCookie = true;
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
     * {@code Cache-Control: private, no-store} and adds {@code Cookie} to {@code Vary}; when it only {@link
     * #varyOnCookie() varies on the cookie}, adds {@code Cookie} to {@code Vary} (once, after the values already
     * there).
     */
    public void finish() {
        if (privateResponse) {
            exchange.setResponseHeader("Cache-Control", "private, no-store");
        } else if (!variesOnCookie) {
            return;
        }
        // one Vary, the application's values first: a header set twice (Accept-Encoding, then Origin) keeps both
        String vary = String.join(", ", exchange.responseHeaders("Vary")).trim();
        if (vary.isEmpty()) {
            exchange.setResponseHeader("Vary", "Cookie");
        } else if (!coversCookie(vary)) {
            exchange.setResponseHeader("Vary", vary + ", Cookie");
        }
    }

    /** Whether {@code vary} already names {@code Cookie} (in any case) or is {@code *}. */
    private static boolean coversCookie(String vary) {
        for (String token : vary.split(",")) {
            String name = token.trim();
            if (name.equals("*") || name.equalsIgnoreCase("Cookie")) {
                return true;
            }
        }
        return false;
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
    private String header(String name, String value, Duration givenMaxAge) {
        Duration maxAge = persistent ? givenMaxAge : null;
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
    private String emptyHeader(String name, Duration givenMaxAge) {
        Duration maxAge = persistent ? givenMaxAge : null;
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
