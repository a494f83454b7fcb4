package dev.flashkit.quarkus;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code quarkus.flashkit.*} configuration: one property per row of Flashkit's settings table ({@link
 * dev.flashkit.FlashkitSetting}, whose parsers read the values, so they mean what the {@code FLASHKIT_*} variables
 * mean), plus the extension's own store settings. A {@code FLASHKIT_*} variable wins over the property.
 */
@ConfigMapping(prefix = "quarkus.flashkit")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface FlashkitRuntimeConfig {
    /**
     * The mode, {@code development} or {@code production}: production requires a strong secret and forces
     * {@code Secure} cookies. Unset: production when Quarkus runs in prod launch mode, else development.
     */
    Optional<String> env();

    /** The master secret, at least 32 random bytes, base64 or hex; unset: a random development key (not in production). */
    Optional<String> secret();

    /** Older secrets that still open cookies, newest first (comma or space separated). */
    Optional<String> secretFallbacks();

    /** Session settings. */
    Session session();

    /** Cookie settings. */
    Cookie cookie();

    /** Flash message settings. */
    Messages messages();

    /** Redis, for {@code quarkus.flashkit.session.store=redis}. */
    Redis redis();

    /** {@code quarkus.flashkit.session.*}. */
    interface Session {
        /** Session cookie name (default {@code flashkit_session}). */
        Optional<String> cookieName();

        /** Absolute session lifetime from creation, e.g. {@code 14d} (the default), {@code 8h}. */
        Optional<String> maxAge();

        /** Idle timeout, e.g. {@code 30m}; none by default. */
        Optional<String> idleTimeout();

        /** {@code false}: session and messages cookies last until the browser closes (default {@code true}). */
        Optional<String> cookiePersistent();

        /**
         * Where sessions live: {@code cookie} (sealed in the cookie) or {@code redis} (flashkit-redis, at {@code
         * quarkus.flashkit.redis.url}). A {@code SessionStore} bean of the application wins over this setting.
         */
        @WithDefault("cookie")
        String store();
    }

    /** {@code quarkus.flashkit.cookie.*}. */
    interface Cookie {
        /** When cookies are {@code Secure}: {@code auto} (on HTTPS, always in production), {@code always}, {@code never}. */
        Optional<String> secure();

        /** The {@code SameSite} attribute: {@code lax} (default), {@code strict} or {@code none}. */
        Optional<String> sameSite();

        /** The cookie {@code Path} (default {@code /}). */
        Optional<String> path();

        /** The cookie {@code Domain}; none: a host-only cookie. */
        Optional<String> domain();

        /** Prefix cookie names with {@code __Host-} (requires {@code Secure}, {@code Path=/} and no {@code Domain}). */
        Optional<String> hostPrefix();
    }

    /** {@code quarkus.flashkit.messages.*}. */
    interface Messages {
        /** Minimum level, {@code debug}…{@code error} or a number (default {@code info}). */
        Optional<String> level();

        /** Where messages wait: {@code cookie}, {@code session} or {@code fallback} (the default). */
        Optional<String> storage();

        /** Messages cookie name (default {@code flashkit_messages}). */
        Optional<String> cookieName();

        /** How long a stored message waits to be shown (default {@code 10m}). */
        Optional<String> maxAge();

        /** How long a message reserved for a redirect target waits for it (default {@code 3m}). */
        Optional<String> targetMaxAge();

        /** Most unread messages kept per client, 2–1000 (default 50). */
        Optional<String> backlog();

        /** Resource-bundle base name for i18n message keys (default {@code messages}). */
        Optional<String> bundle();

        /** Deliver undisplayed messages to htmx requests in {@code HX-Trigger} (default {@code true}). */
        Optional<String> htmx();
    }

    /** {@code quarkus.flashkit.redis.*}. */
    interface Redis {
        /** The Redis URI, e.g. {@code redis://localhost:6379}; required with {@code session.store=redis}. */
        Optional<String> url();

        /** How long one Redis command may take (default 2 s). */
        Optional<Duration> timeout();
    }
}
