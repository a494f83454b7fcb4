package dev.flashkit.benchmarks.http;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.CookieHeader;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.SealedCodec;
import dev.flashkit.internal.SetCookieHeader;
import dev.flashkit.test.SetCookie;
import dev.flashkit.test.TestExchange;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the two floor reference endpoints answer, with none of Flashkit's codec, messages or request context on the
 * request path (only its {@code Set-Cookie} formatter and Cookie-header scan): {@code GET /floor-add}
 * seals one message-sized plaintext with {@link CryptoFloor} into cookie {@value #COOKIE} (the {@code Set-Cookie}
 * formatted per request like Flashkit's, then its two cache headers) and answers 303 to {@code /floor-show};
 * {@code GET /floor-show} finds that cookie in the raw {@code Cookie} header, opens it and answers {@code /mimic}'s
 * response with the deletion of {@value #COOKIE} instead of Flashkit's cookie. The floor of showing an encrypted
 * flash message, and of the add → show round trip.
 */
public final class Floor {
    /** The cookie the floor endpoints set, read and delete. */
    static final String COOKIE = "floor_messages";

    private static final Map.Entry<String, String> CACHE_CONTROL = Map.entry("Cache-Control", "private, no-store");
    private static final Map.Entry<String, String> VARY = Map.entry("Vary", "Cookie");

    private final CryptoFloor crypto = new CryptoFloor();
    private final byte[] plaintext;
    private final SetCookieHeader.Attributes attributes;
    private final Duration maxAge;
    private final Clock clock;
    private final List<Map.Entry<String, String>> showHeaders;

    /**
     * A floor sealing {@code plaintextLength} bytes (the message text, zero-padded) into a cookie that lives
     * {@code maxAge}, with Flashkit's cookie attributes and clock from {@code config}.
     */
    Floor(FlashkitConfig config, int plaintextLength, Duration maxAge) {
        this.plaintext = Arrays.copyOf(BenchmarkApp.MESSAGE.getBytes(StandardCharsets.UTF_8), plaintextLength);
        this.attributes = CoreAccess.cookieAttributes(config, false);
        this.maxAge = maxAge;
        this.clock = config.clock();
        this.showHeaders =
                List.of(Map.entry("Set-Cookie", SetCookieHeader.deletion(COOKIE, attributes)), CACHE_CONTROL, VARY);
    }

    /**
     * A floor whose plaintext is as long as the one in the cookie {@code flashkit} seals for the benchmark's
     * message after a redirect to {@code /show} (78 bytes at the time of writing), with the same max age (180 s, the
     * redirect target's): both read once at startup from a message flashed through Flashkit in memory, never on
     * the request path.
     */
    public static Floor matching(Flashkit flashkit) {
        TestExchange exchange = TestExchange.get("/add");
        RequestContext context = flashkit.open(exchange);
        context.messages().success(BenchmarkApp.MESSAGE);
        exchange.redirect("/show");
        context.commit();
        SetCookie cookie = exchange.responseCookie(flashkit.config().messages().cookieName());
        String sealed = cookie.value();
        int length = 0;
        while (SealedCodec.sealedLength(length) < sealed.length()) {
            length++;
        }
        if (SealedCodec.sealedLength(length) != sealed.length()) {
            throw new IllegalStateException("not a sealed value of Flashkit's format: " + sealed.length() + " chars");
        }
        return new Floor(flashkit.config(), length, Duration.ofSeconds(Long.parseLong(cookie.attribute("Max-Age"))));
    }

    /** The headers {@code /floor-add} adds after its status and {@code Location}: a freshly sealed cookie first. */
    public List<Map.Entry<String, String>> addHeaders() {
        String value = crypto.seal(plaintext);
        return List.of(
                Map.entry("Set-Cookie", SetCookieHeader.of(COOKIE, value, maxAge, clock.instant(), attributes)),
                CACHE_CONTROL,
                VARY);
    }

    /** Whether the {@code Cookie} request header (may be null) holds a {@value #COOKIE} that opens. */
    public boolean opens(String cookieHeader) {
        String value = CookieHeader.find(cookieHeader, COOKIE); // the scan Flashkit's adapters use
        return value != null && crypto.open(value) != null;
    }

    /** The headers {@code /floor-show} adds, in order: {@code /mimic}'s, deleting {@value #COOKIE}. */
    public List<Map.Entry<String, String>> showHeaders() {
        return showHeaders;
    }
}
