package dev.flashkit.session;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.Json;
import dev.flashkit.internal.SealedCodec;
import dev.flashkit.internal.SetCookieHeader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded default store: the whole session is sealed (AES-256-GCM) into the cookie, so the server
 * keeps no state and any number of instances sharing the secret can serve any request. The payload
 * carries id, generation, creation, last-access, issue and expiry times.
 *
 * <p>What a cookie session cannot do: revoke a copied cookie before it expires. {@link Session#invalidate()}
 * clears the browser's cookie, but a copy taken earlier keeps opening until its expiry. Use a server-side
 * store where that matters.
 */
public final class CookieSessionStore implements SessionStore {
    static final String PURPOSE = "session";
    private static final int MAX_JSON_BYTES = SetCookieHeader.MAX_HEADER_BYTES;

    private final SealedCodec codec;
    private final String cookieName;
    private final Clock clock;
    private final Duration clockSkew;

    private CookieSessionStore(SealedCodec codec, String cookieName, Clock clock, Duration clockSkew) {
        this.codec = codec;
        this.cookieName = cookieName;
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    /** A cookie store using the key ring, cookie name and clock of {@code config}. */
    public static CookieSessionStore create(FlashkitConfig config) {
        return new CookieSessionStore(config.codec(), config.sessionCookieName(), config.clock(), config.clockSkew());
    }

    @Override
    public Optional<SessionData> load(String cookieValue) {
        return codec.open(PURPOSE, cookieName, cookieValue)
                .flatMap(opened -> Json.readObject(opened.plaintext(), MAX_JSON_BYTES)
                        .flatMap(payload -> decode(payload, opened.openedWithFallback())));
    }

    private Optional<SessionData> decode(Map<String, Object> p, boolean openedWithFallback) {
        if (!(Long.valueOf(1).equals(p.get("v"))
                && p.get("id") instanceof String id
                && !id.isEmpty()
                && p.get("g") instanceof Long generation
                && generation >= 0
                && p.get("c") instanceof Long created
                && p.get("a") instanceof Long accessed
                && p.get("i") instanceof Long issued
                && p.get("x") instanceof Long expires
                && p.get("d") instanceof Map<?, ?> data)) {
            return Optional.empty();
        }
        long now = clock.millis();
        if (issued > now + clockSkew.toMillis() || expires <= now) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) data;
        return Optional.of(new SessionData(
                id,
                generation,
                Instant.ofEpochMilli(created),
                Instant.ofEpochMilli(accessed),
                attributes,
                openedWithFallback));
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        long now = clock.millis();
        Map<String, Object> payload = Map.of(
                "v", 1L,
                "id", session.id(),
                "g", session.generation(),
                "c", session.createdAt().toEpochMilli(),
                "a", session.lastAccessedAt().toEpochMilli(),
                "i", now,
                "x", now + timeToLive.toMillis(),
                "d", session.attributes());
        return Optional.of(codec.seal(PURPOSE, cookieName, Json.write(payload)));
    }

    /** Nothing to delete on the server: Flashkit deletes the cookie. A copied cookie stays valid until expiry. */
    @Override
    public void delete(String id) {}

    /** Timestamps are estimated at 13 digits each (milliseconds since 1970). */
    @Override
    public int cookieValueLength(SessionData session) {
        return SealedCodec.sealedLength(Json.write(Map.of(
                                "v", 1L,
                                "id", session.id(),
                                "g", session.generation(),
                                "c", 0L,
                                "a", 0L,
                                "i", 0L,
                                "x", 0L,
                                "d", session.attributes()))
                        .length
                + 5 * 12);
    }

    @Override
    public String toString() {
        return "CookieSessionStore[cookie=" + cookieName + "]";
    }
}
