package dev.flashkit;

import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.KeyRing;
import dev.flashkit.internal.SealedCodec;
import dev.flashkit.internal.SetCookieHeader;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.MessageRenderer;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.MessageTextResolver;
import dev.flashkit.session.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Immutable Flashkit settings, built once with {@link #builder()} or {@link #fromEnvironment()} and
 * validated as a whole: a bad value raises {@link IllegalArgumentException}, conflicting settings
 * {@link IllegalStateException}, and an unusable secret in production a {@link FlashkitException} that
 * says how to generate one. They come in three groups — {@link #cookie()}, {@link #session()} and {@link
 * #messages()} — and {@link #newBuilder()} derives a changed copy. {@link FlashkitSetting} lists every setting.
 * {@link #toString()} never shows key material.
 */
public final class FlashkitConfig {
    private final ConfigBuilder source;
    private final KeyRing keyRing;
    private final boolean developmentKey;
    private final SealedCodec codec;
    private final CookieSettings cookie;
    private final SessionSettings session;
    private final MessageSettings messages;
    private final SetCookieHeader.Attributes secureRequestAttributes;
    private final SetCookieHeader.Attributes plainRequestAttributes;

    static {
        CoreAccess.install(new InternalAccess()); // codec(), cookieAttributes() for Flashkit's other packages
    }

    FlashkitConfig(ConfigBuilder b, KeyRing keyRing, boolean developmentKey) {
        this.source = b.copy();
        this.keyRing = keyRing;
        this.developmentKey = developmentKey;
        this.codec = new SealedCodec(keyRing, SetCookieHeader.MAX_HEADER_BYTES);
        this.cookie = b.cookieSettings();
        this.session = b.sessionSettings(cookie);
        this.messages = b.messageSettings(cookie);
        this.secureRequestAttributes = cookie.attributes(true, b.production);
        this.plainRequestAttributes = cookie.attributes(false, b.production);
    }

    /** A builder with development defaults and nothing read from the environment. */
    public static Builder builder() {
        return new ConfigBuilder();
    }

    /**
     * A builder pre-filled from system properties and environment variables (every {@link
     * FlashkitSetting#variable()}: {@code FLASHKIT_ENV}, {@code FLASHKIT_SECRET}, {@code FLASHKIT_COOKIE_*},
     * {@code FLASHKIT_SESSION_*}, {@code FLASHKIT_MESSAGES_*}...); a system property ({@code FLASHKIT_SECRET}
     * or {@code flashkit.secret}) wins over the environment variable.
     */
    public static Builder fromEnvironment() {
        return EnvironmentSettings.applyTo(new ConfigBuilder(), EnvironmentSettings::systemValue);
    }

    /** A builder pre-filled from {@code variables} (e.g. a map of environment variables, for tests). */
    public static Builder fromEnvironment(Map<String, String> variables) {
        return EnvironmentSettings.applyTo(new ConfigBuilder(), variables::get);
    }

    /** A builder holding every setting of this config, to derive a changed copy; this config is unchanged. */
    public Builder newBuilder() {
        return source.copy();
    }

    /** The cookie settings, grouped (see {@link CookieSettings}). */
    public CookieSettings cookie() {
        return cookie;
    }

    /** The session settings, grouped (see {@link SessionSettings}). */
    public SessionSettings session() {
        return session;
    }

    /** The messages settings, grouped (see {@link MessageSettings}). */
    public MessageSettings messages() {
        return messages;
    }

    /** Whether production mode is on: strong secret required, Secure cookies forced. */
    public boolean isProduction() {
        return source.production;
    }

    /** Whether a random per-process development key is in use (no secret configured). */
    public boolean usesDevelopmentKey() {
        return developmentKey;
    }

    /** The key ring's hex key ids, primary first (safe to log). */
    public List<String> keyIds() {
        return keyRing.keyIds();
    }

    /** The sealed-cookie codec over this config's key ring (Flashkit internal). */
    SealedCodec codec() {
        return codec;
    }

    /** The session cookie's full name, including the {@code __Host-} prefix when enabled. */
    public String sessionCookieName() {
        return session.cookieName();
    }

    /** Cookie {@code Path} (default {@code /}). */
    public String cookiePath() {
        return cookie.path();
    }

    /** Cookie {@code Domain}, or {@code null} for host-only cookies (the default). */
    public String cookieDomain() {
        return cookie.domain();
    }

    /** Cookie {@code SameSite} (default {@link SameSite#LAX}). */
    public SameSite sameSite() {
        return cookie.sameSite();
    }

    /** When cookies are {@code Secure} (default {@link CookieSecurity#AUTO}). */
    public CookieSecurity cookieSecurity() {
        return cookie.security();
    }

    /** Whether cookie names carry the {@code __Host-} prefix. */
    public boolean hostPrefix() {
        return cookie.hostPrefix();
    }

    /** Absolute session lifetime from creation (default 14 days). */
    public Duration sessionMaxAge() {
        return session.maxAge();
    }

    /** Idle timeout, or {@code null} when sessions do not expire from inactivity (the default). */
    public Duration sessionIdleTimeout() {
        return session.idleTimeout();
    }

    /** Tolerated clock difference between instances for issued-at checks (default 1 minute). */
    public Duration clockSkew() {
        return session.clockSkew();
    }

    /** The configured session store, or {@code null} for the default cookie store. */
    public SessionStore sessionStore() {
        return session.store();
    }

    /** The clock for expiry decisions. */
    public Clock clock() {
        return source.clock;
    }

    /** Cookie attributes for a request over HTTPS ({@code secureRequest}) or not. */
    SetCookieHeader.Attributes cookieAttributes(boolean secureRequest) {
        return secureRequest ? secureRequestAttributes : plainRequestAttributes;
    }

    @Override
    public String toString() {
        return "FlashkitConfig[production=" + source.production + ", keys=" + keyRing + ", developmentKey="
                + developmentKey + ", sessionCookieName=" + session.cookieName() + ", path=" + cookie.path()
                + ", domain=" + cookie.domain() + ", sameSite=" + cookie.sameSite() + ", secure=" + cookie.security()
                + ", sessionMaxAge=" + session.maxAge() + ", sessionIdleTimeout=" + session.idleTimeout()
                + ", sessionStore=" + (session.store() == null ? "cookie" : session.store()) + ", " + messages + "]";
    }

    /**
     * Builds a {@link FlashkitConfig}; every setter validates its value at once (an {@link
     * IllegalArgumentException} naming the setting), {@link #build()} checks them together (an {@link
     * IllegalStateException} for conflicting ones). {@link FlashkitSetting} lists every setting with its
     * default, environment variable and Spring property.
     */
    public sealed interface Builder permits ConfigBuilder {
        /** Name of the messages cookie (default {@code flashkit_messages}; {@code __Host-} prefixed like the session's). */
        Builder messagesCookieName(String name);

        /** Where messages wait between requests; default cookie first, then the session. */
        Builder messageStorage(MessageStorage storage);

        /** Minimum level: messages below it are ignored (default {@link Level#INFO}). */
        Builder messageLevel(Level level);

        /** The tag of one level (Django's {@code MESSAGE_TAGS}); other levels keep their name as tag. */
        Builder messageTag(Level level, String tag);

        /** How long a stored message waits to be shown before it is dropped (default 10 minutes). */
        Builder messageMaxAge(Duration maxAge);

        /** How long a message reserved for a redirect target waits for that request (default 3 minutes). */
        Builder messageTargetMaxAge(Duration maxAge);

        /** Most unread messages kept per client; older lowest-level ones become "+N more" (default 50). */
        Builder messageBacklog(int backlog);

        /** Resource-bundle base name for i18n message keys (default {@code messages}). */
        Builder messageBundle(String baseName);

        /** Resolves i18n message keys (default: resource bundles named by {@link #messageBundle}). */
        Builder messageTextResolver(MessageTextResolver resolver);

        /** Renders {@code messages.html()} (default the built-in Bootstrap-compatible HTML). */
        Builder messageRenderer(MessageRenderer renderer);

        /** Deliver undisplayed messages to htmx requests in an {@code HX-Trigger} header (default on). */
        Builder htmxMessages(boolean enabled);

        /** Production mode: a strong secret is required and cookies are always {@code Secure}. */
        Builder production(boolean production);

        /** The master secret (≥ 32 random bytes; base64, base64url or hex). Never logged. */
        Builder secret(String secret);

        /** Older secrets that still open cookies (which are then re-issued under the primary), newest first. */
        Builder fallbackSecrets(List<String> secrets);

        /**
         * Where the secret and the fallback secrets come from, as Flashkit's errors and warnings about them
         * should name it (default {@code FLASHKIT_SECRET} and {@code FLASHKIT_SECRET_FALLBACKS}): an
         * integration that reads them from its own settings passes those, e.g. {@code "flashkit.secret
         * (application.properties - 2:17)"}. Never pass a secret's value.
         */
        Builder secretSources(String secret, String fallbackSecrets);

        /** Name of the session cookie (default {@code flashkit_session}). */
        Builder sessionCookieName(String name);

        /** Cookie {@code Path} (default {@code /}). */
        Builder cookiePath(String path);

        /** Cookie {@code Domain}; {@code null} (default) for host-only cookies. */
        Builder cookieDomain(String domain);

        /** Cookie {@code SameSite} (default {@link SameSite#LAX}). */
        Builder sameSite(SameSite sameSite);

        /** When cookies are {@code Secure} (default {@link CookieSecurity#AUTO}). */
        Builder cookieSecurity(CookieSecurity security);

        /** Prefix cookie names with {@code __Host-} (requires Secure, Path=/ and no Domain). */
        Builder hostPrefix(boolean hostPrefix);

        /** Absolute session lifetime from creation (default 14 days). */
        Builder sessionMaxAge(Duration maxAge);

        /** Idle timeout; {@code null} (default) for none. */
        Builder sessionIdleTimeout(Duration idleTimeout);

        /**
         * {@code false}: the session and messages cookies last until the browser closes (no {@code Max-Age}, no
         * {@code Expires}), while the sealed payload or the store still enforce the max age and the idle timeout
         * (default {@code true}).
         */
        Builder persistentCookie(boolean persistent);

        /** Tolerated clock difference between instances (default 1 minute). */
        Builder clockSkew(Duration skew);

        /** Where sessions live; default: sealed in the cookie ({@code CookieSessionStore}). */
        Builder sessionStore(SessionStore store);

        /** The clock for expiry decisions (tests). */
        Builder clock(Clock clock);

        /** Validates the settings together and builds the config. */
        FlashkitConfig build();
    }
}
