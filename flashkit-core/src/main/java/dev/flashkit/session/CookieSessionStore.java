package dev.flashkit.session;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.ByteSink;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.SealedCodec;
import dev.flashkit.internal.SetCookieHeader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The embedded default store: the whole session is sealed (AES-256-GCM) into the cookie, so the server
 * keeps no state and any number of instances sharing the secret can serve any request. The payload
 * ({@link SessionPayload}) carries id, generation, creation, last-access, issue and expiry times in a binary
 * header and the attributes as JSON.
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
        return new CookieSessionStore(
                CoreAccess.codec(config), config.sessionCookieName(), config.clock(), config.clockSkew());
    }

    @Override
    public Optional<SessionData> load(String cookieValue) {
        return codec.open(PURPOSE, cookieName, cookieValue)
                .flatMap(opened -> SessionPayload.decode(opened.plaintext(), MAX_JSON_BYTES)
                        .flatMap(payload -> decode(payload, opened.openedWithFallback())));
    }

    private Optional<SessionData> decode(SessionPayload.Decoded p, boolean openedWithFallback) {
        long now = clock.millis();
        if (p.issuedAt() > now + clockSkew.toMillis() || p.expiresAt() <= now) {
            return Optional.empty();
        }
        return Optional.of(new SessionData(
                p.id(),
                p.generation(),
                Instant.ofEpochMilli(p.createdAt()),
                Instant.ofEpochMilli(p.accessedAt()),
                p.attributes(),
                openedWithFallback));
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        long now = clock.millis();
        ByteSink payload = SessionPayload.encode(
                session.id(),
                session.generation(),
                session.createdAt().toEpochMilli(),
                session.lastAccessedAt().toEpochMilli(),
                now,
                now + timeToLive.toMillis(),
                session.attributes());
        return Optional.of(codec.seal(PURPOSE, cookieName, payload.array(), 0, payload.size()));
    }

    /** Nothing to delete on the server: Flashkit deletes the cookie. A copied cookie stays valid until expiry. */
    @Override
    public void delete(String id) {}

    /** Exact: the payload's header has a fixed size. */
    @Override
    public int cookieValueLength(SessionData session) {
        return SealedCodec.sealedLength(SessionPayload.length(session.id(), session.attributes()));
    }

    /** Always: the cookie carries the session, no I/O. */
    @Override
    public boolean isNonBlocking() {
        return true;
    }

    @Override
    public String toString() {
        return "CookieSessionStore[cookie=" + cookieName + "]";
    }
}
