package dev.flashkit;

import dev.flashkit.session.SessionStore;
import java.time.Duration;

/**
 * The session part of {@link FlashkitConfig}, set through its builder.
 *
 * @param cookieName the session cookie's full name (with the {@code __Host-} prefix when enabled)
 * @param maxAge absolute session lifetime from creation
 * @param idleTimeout idle timeout, or {@code null} when sessions do not expire from inactivity
 * @param clockSkew tolerated clock difference between instances for issued-at checks
 * @param store the configured session store, or {@code null} for the default cookie store
 * @param persistentCookie whether the session and messages cookies carry {@code Max-Age} and {@code Expires};
 *     {@code false}: browser-session cookies, while the sealed payload or the store still enforce the max age
 *     and the idle timeout
 */
public record SessionSettings(
        String cookieName,
        Duration maxAge,
        Duration idleTimeout,
        Duration clockSkew,
        SessionStore store,
        boolean persistentCookie) {

    @Override
    public String toString() {
        return "session[cookie=" + cookieName + ", maxAge=" + maxAge + ", idleTimeout=" + idleTimeout + ", store="
                + (store == null ? "cookie" : store) + ", persistentCookie=" + persistentCookie + "]";
    }
}
