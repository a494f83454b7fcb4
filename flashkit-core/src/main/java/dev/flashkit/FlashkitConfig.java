package dev.flashkit;

import dev.flashkit.internal.KeyRing;
import dev.flashkit.internal.SealedCodec;
import dev.flashkit.internal.Secrets;
import dev.flashkit.internal.SetCookieHeader;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.MessageRenderer;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.MessageTextResolver;
import dev.flashkit.session.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Immutable Flashkit settings, built once with {@link #builder()} or {@link #fromEnvironment()} and
 * validated as a whole: a bad value raises {@link IllegalArgumentException}, conflicting settings
 * {@link IllegalStateException}, and an unusable secret in production a {@link FlashkitException} that
 * says how to generate one. {@link #toString()} never shows key material.
 */
public final class FlashkitConfig {
    /** Cookie-name characters allowed by RFC 6265 (a token). */
    private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private static final String HOST_PREFIX = "__Host-";

    private final boolean production;
    private final KeyRing keyRing;
    private final boolean developmentKey;
    private final SealedCodec codec;
    private final String sessionCookieName;
    private final String cookiePath;
    private final String cookieDomain;
    private final SameSite sameSite;
    private final CookieSecurity cookieSecurity;
    private final boolean hostPrefix;
    private final Duration sessionMaxAge;
    private final Duration sessionIdleTimeout;
    private final Duration clockSkew;
    private final SessionStore sessionStore;
    private final Clock clock;
    private final MessageSettings messages;
    private final SetCookieHeader.Attributes secureRequestAttributes;
    private final SetCookieHeader.Attributes plainRequestAttributes;

    private FlashkitConfig(Builder b, KeyRing keyRing, boolean developmentKey) {
        this.production = b.production;
        this.keyRing = keyRing;
        this.developmentKey = developmentKey;
        this.codec = new SealedCodec(keyRing, SetCookieHeader.MAX_HEADER_BYTES);
        this.hostPrefix = b.hostPrefix;
        this.sessionCookieName = (b.hostPrefix ? HOST_PREFIX : "") + b.sessionCookieName;
        this.cookiePath = b.cookiePath;
        this.cookieDomain = b.cookieDomain;
        this.sameSite = b.sameSite;
        this.cookieSecurity = b.cookieSecurity;
        this.sessionMaxAge = b.sessionMaxAge;
        this.sessionIdleTimeout = b.sessionIdleTimeout;
        this.clockSkew = b.clockSkew;
        this.sessionStore = b.sessionStore;
        this.clock = b.clock;
        this.messages = new MessageSettings(
                (b.hostPrefix ? HOST_PREFIX : "") + b.messagesCookieName,
                b.messageStorage,
                b.messageLevel,
                Map.copyOf(b.messageTags),
                b.messageMaxAge,
                b.messageTargetMaxAge,
                b.messageBacklog,
                b.messageTextResolver != null
                        ? b.messageTextResolver
                        : MessageTextResolver.resourceBundle(b.messageBundle),
                b.messageRenderer,
                b.htmxMessages);
        this.secureRequestAttributes = attributes(true);
        this.plainRequestAttributes = attributes(false);
    }

    /** The messages settings, grouped (see {@link MessageSettings}). */
    public MessageSettings messages() {
        return messages;
    }

    /** A builder with development defaults and nothing read from the environment. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder pre-filled from system properties and environment variables ({@code FLASHKIT_ENV},
     * {@code FLASHKIT_SECRET}, {@code FLASHKIT_SECRET_FALLBACKS}, {@code FLASHKIT_COOKIE_*},
     * {@code FLASHKIT_SESSION_*}); a system property ({@code FLASHKIT_SECRET} or {@code flashkit.secret})
     * wins over the environment variable.
     */
    public static Builder fromEnvironment() {
        return fromEnvironment(name -> {
            String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.');
            String value = System.getProperty(name, System.getProperty(dotted));
            return value != null ? value : System.getenv(name);
        });
    }

    /** A builder pre-filled from {@code variables} (e.g. a map of environment variables, for tests). */
    public static Builder fromEnvironment(Map<String, String> variables) {
        return fromEnvironment(variables::get);
    }

    private static Builder fromEnvironment(Function<String, String> lookup) {
        return new EnvironmentSettings(lookup).applyTo(new Builder());
    }

    /** Whether production mode is on: strong secret required, Secure cookies forced. */
    public boolean isProduction() {
        return production;
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
    public SealedCodec codec() {
        return codec;
    }

    /** The session cookie's full name, including the {@code __Host-} prefix when enabled. */
    public String sessionCookieName() {
        return sessionCookieName;
    }

    /** Cookie {@code Path} (default {@code /}). */
    public String cookiePath() {
        return cookiePath;
    }

    /** Cookie {@code Domain}, or {@code null} for host-only cookies (the default). */
    public String cookieDomain() {
        return cookieDomain;
    }

    /** Cookie {@code SameSite} (default {@link SameSite#LAX}). */
    public SameSite sameSite() {
        return sameSite;
    }

    /** When cookies are {@code Secure} (default {@link CookieSecurity#AUTO}). */
    public CookieSecurity cookieSecurity() {
        return cookieSecurity;
    }

    /** Whether cookie names carry the {@code __Host-} prefix. */
    public boolean hostPrefix() {
        return hostPrefix;
    }

    /** Absolute session lifetime from creation (default 14 days). */
    public Duration sessionMaxAge() {
        return sessionMaxAge;
    }

    /** Idle timeout, or {@code null} when sessions do not expire from inactivity (the default). */
    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    /** Tolerated clock difference between instances for issued-at checks (default 1 minute). */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** The configured session store, or {@code null} for the default cookie store. */
    public SessionStore sessionStore() {
        return sessionStore;
    }

    /** The clock for expiry decisions. */
    public Clock clock() {
        return clock;
    }

    /** Cookie attributes for a request over HTTPS ({@code secureRequest}) or not. */
    public SetCookieHeader.Attributes cookieAttributes(boolean secureRequest) {
        return secureRequest ? secureRequestAttributes : plainRequestAttributes;
    }

    private SetCookieHeader.Attributes attributes(boolean secureRequest) {
        boolean secure =
                switch (cookieSecurity) {
                    case ALWAYS -> true;
                    case NEVER -> false;
                    case AUTO -> secureRequest || production || hostPrefix || sameSite == SameSite.NONE;
                };
        return new SetCookieHeader.Attributes(cookiePath, cookieDomain, secure, true, sameSite.attribute());
    }

    @Override
    public String toString() {
        return "FlashkitConfig[production=" + production + ", keys=" + keyRing + ", developmentKey=" + developmentKey
                + ", sessionCookieName=" + sessionCookieName + ", path=" + cookiePath + ", domain=" + cookieDomain
                + ", sameSite=" + sameSite + ", secure=" + cookieSecurity + ", sessionMaxAge=" + sessionMaxAge
                + ", sessionIdleTimeout=" + sessionIdleTimeout + ", sessionStore="
                + (sessionStore == null ? "cookie" : sessionStore) + ", " + messages + "]";
    }

    /** Builds a {@link FlashkitConfig}; every setter validates its value at once. */
    public static final class Builder {
        boolean production;
        String secret;
        List<String> fallbackSecrets = List.of();
        String secretSource = "FLASHKIT_SECRET";
        String fallbackSecretsSource = "FLASHKIT_SECRET_FALLBACKS";
        String sessionCookieName = "flashkit_session";
        String cookiePath = "/";
        String cookieDomain;
        SameSite sameSite = SameSite.LAX;
        CookieSecurity cookieSecurity = CookieSecurity.AUTO;
        boolean hostPrefix;
        Duration sessionMaxAge = Duration.ofDays(14);
        Duration sessionIdleTimeout;
        Duration clockSkew = Duration.ofMinutes(1);
        SessionStore sessionStore;
        Clock clock = Clock.systemUTC();
        String messagesCookieName = "flashkit_messages";
        MessageStorage messageStorage;
        Level messageLevel = Level.INFO;
        Map<Integer, String> messageTags = new HashMap<>();
        Duration messageMaxAge = Duration.ofMinutes(10);
        Duration messageTargetMaxAge = Duration.ofMinutes(3);
        int messageBacklog = 50;
        String messageBundle = "messages";
        MessageTextResolver messageTextResolver;
        MessageRenderer messageRenderer = MessageRenderer.html();
        boolean htmxMessages = true;

        Builder() {}

        /** Name of the messages cookie (default {@code flashkit_messages}; {@code __Host-} prefixed like the session's). */
        public Builder messagesCookieName(String name) {
            this.messagesCookieName = cookieName(name, "messagesCookieName");
            return this;
        }

        /** Where messages wait between requests; default cookie first, then the session. */
        public Builder messageStorage(MessageStorage storage) {
            this.messageStorage = Objects.requireNonNull(storage, "messageStorage must not be null");
            return this;
        }

        /** Minimum level: messages below it are ignored (default {@link Level#INFO}). */
        public Builder messageLevel(Level level) {
            this.messageLevel = Objects.requireNonNull(level, "messageLevel must not be null");
            return this;
        }

        /**
         * The tag of one level (Django's {@code MESSAGE_TAGS}), by level value; other levels keep their
         * default tag (their name).
         */
        public Builder messageTag(Level level, String tag) {
            Objects.requireNonNull(level, "level must not be null");
            requireNonBlank(tag, "message tag");
            if (!tag.trim().matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException(
                        "message tag must be letters, digits, '_' or '-', not '" + tag + "'");
            }
            this.messageTags.put(level.value(), tag.trim());
            return this;
        }

        /** How long a stored message waits to be shown before it is dropped (default 10 minutes). */
        public Builder messageMaxAge(Duration maxAge) {
            this.messageMaxAge = positive(maxAge, "messageMaxAge");
            return this;
        }

        /** How long a message reserved for a redirect target waits for that request (default 3 minutes). */
        public Builder messageTargetMaxAge(Duration maxAge) {
            this.messageTargetMaxAge = positive(maxAge, "messageTargetMaxAge");
            return this;
        }

        /** Most unread messages kept per client; older lowest-level ones are merged into "+N more" (default 50). */
        public Builder messageBacklog(int backlog) {
            if (backlog < 2 || backlog > 1000) {
                throw new IllegalArgumentException("messageBacklog must be between 2 and 1000");
            }
            this.messageBacklog = backlog;
            return this;
        }

        /** Resource-bundle base name for i18n message keys (default {@code messages}). */
        public Builder messageBundle(String baseName) {
            this.messageBundle = requireNonBlank(baseName, "messageBundle");
            return this;
        }

        /** Resolves i18n message keys (default: resource bundles named by {@link #messageBundle}). */
        public Builder messageTextResolver(MessageTextResolver resolver) {
            this.messageTextResolver = Objects.requireNonNull(resolver, "messageTextResolver must not be null");
            return this;
        }

        /** Renders {@code messages.html()} (default the built-in Bootstrap-compatible HTML). */
        public Builder messageRenderer(MessageRenderer renderer) {
            this.messageRenderer = Objects.requireNonNull(renderer, "messageRenderer must not be null");
            return this;
        }

        /** Deliver undisplayed messages to htmx requests in an {@code HX-Trigger} header (default on). */
        public Builder htmxMessages(boolean enabled) {
            this.htmxMessages = enabled;
            return this;
        }

        /** Production mode: a strong secret is required and cookies are always {@code Secure}. */
        public Builder production(boolean production) {
            this.production = production;
            return this;
        }

        /** The master secret (≥ 32 random bytes; base64, base64url or hex). Never logged. */
        public Builder secret(String secret) {
            this.secret = requireNonBlank(secret, "secret");
            return this;
        }

        /** Older secrets that still open cookies (which are then re-issued under the primary), newest first. */
        public Builder fallbackSecrets(List<String> secrets) {
            List<String> copy = new ArrayList<>();
            for (String s : secrets) {
                copy.add(requireNonBlank(s, "fallbackSecrets entry"));
            }
            this.fallbackSecrets = List.copyOf(copy);
            return this;
        }

        /**
         * Where the secret and the fallback secrets come from, as Flashkit's errors and warnings about them
         * should name it (default {@code FLASHKIT_SECRET} and {@code FLASHKIT_SECRET_FALLBACKS}): an
         * integration that reads them from its own settings passes those, e.g. {@code "flashkit.secret
         * (application.properties - 2:17)"}. Never pass a secret's value.
         */
        public Builder secretSources(String secret, String fallbackSecrets) {
            this.secretSource = requireNonBlank(secret, "secret source").trim();
            this.fallbackSecretsSource =
                    requireNonBlank(fallbackSecrets, "fallbackSecrets source").trim();
            return this;
        }

        /** Name of the session cookie (default {@code flashkit_session}). */
        public Builder sessionCookieName(String name) {
            this.sessionCookieName = cookieName(name, "sessionCookieName");
            return this;
        }

        /** Cookie {@code Path} (default {@code /}). */
        public Builder cookiePath(String path) {
            requireNonBlank(path, "cookiePath");
            if (!path.startsWith("/") || path.chars().anyMatch(c -> c == ';' || c < 0x21 || c > 0x7e)) {
                throw new IllegalArgumentException("cookiePath must start with '/' and contain no ';' or spaces");
            }
            this.cookiePath = path;
            return this;
        }

        /** Cookie {@code Domain}; {@code null} (default) for host-only cookies. */
        public Builder cookieDomain(String domain) {
            if (domain != null && (domain.isBlank() || !domain.matches("[A-Za-z0-9.-]+"))) {
                throw new IllegalArgumentException("cookieDomain must be a host name, e.g. example.com");
            }
            this.cookieDomain = domain;
            return this;
        }

        /** Cookie {@code SameSite} (default {@link SameSite#LAX}). */
        public Builder sameSite(SameSite sameSite) {
            this.sameSite = Objects.requireNonNull(sameSite, "sameSite must not be null");
            return this;
        }

        /** When cookies are {@code Secure} (default {@link CookieSecurity#AUTO}). */
        public Builder cookieSecurity(CookieSecurity security) {
            this.cookieSecurity = Objects.requireNonNull(security, "cookieSecurity must not be null");
            return this;
        }

        /** Prefix cookie names with {@code __Host-} (requires Secure, Path=/ and no Domain). */
        public Builder hostPrefix(boolean hostPrefix) {
            this.hostPrefix = hostPrefix;
            return this;
        }

        /** Absolute session lifetime from creation (default 14 days). */
        public Builder sessionMaxAge(Duration maxAge) {
            this.sessionMaxAge = positive(maxAge, "sessionMaxAge");
            return this;
        }

        /** Idle timeout; {@code null} (default) for none. */
        public Builder sessionIdleTimeout(Duration idleTimeout) {
            this.sessionIdleTimeout = idleTimeout == null ? null : positive(idleTimeout, "sessionIdleTimeout");
            return this;
        }

        /** Tolerated clock difference between instances (default 1 minute). */
        public Builder clockSkew(Duration skew) {
            if (skew == null || skew.isNegative()) {
                throw new IllegalArgumentException("clockSkew must not be negative");
            }
            this.clockSkew = skew;
            return this;
        }

        /** Where sessions live; default: sealed in the cookie ({@code CookieSessionStore}). */
        public Builder sessionStore(SessionStore store) {
            this.sessionStore = store;
            return this;
        }

        /** The clock for expiry decisions (tests). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /** Validates the settings together and builds the config. */
        public FlashkitConfig build() {
            if (hostPrefix
                    && (cookieDomain != null || !cookiePath.equals("/") || cookieSecurity == CookieSecurity.NEVER)) {
                throw new IllegalStateException(
                        "hostPrefix requires cookiePath \"/\", no cookieDomain and cookieSecurity other than NEVER");
            }
            if (production && cookieSecurity == CookieSecurity.NEVER) {
                throw new IllegalStateException("cookieSecurity NEVER is not allowed in production");
            }
            if (sameSite == SameSite.NONE && cookieSecurity == CookieSecurity.NEVER) {
                throw new IllegalStateException(
                        "sameSite NONE requires Secure cookies (cookieSecurity AUTO or ALWAYS)");
            }
            if (sessionIdleTimeout != null && sessionIdleTimeout.compareTo(sessionMaxAge) > 0) {
                throw new IllegalStateException("sessionIdleTimeout must not exceed sessionMaxAge");
            }
            if (messageTargetMaxAge.compareTo(messageMaxAge) > 0) {
                throw new IllegalStateException("messageTargetMaxAge must not exceed messageMaxAge");
            }
            if (messagesCookieName.equals(sessionCookieName)) {
                throw new IllegalStateException("messagesCookieName must differ from sessionCookieName");
            }
            return SecretPolicy.buildWithKeys(this);
        }

        FlashkitConfig create(KeyRing ring, boolean developmentKey) {
            return new FlashkitConfig(this, ring, developmentKey);
        }

        private static String cookieName(String name, String setting) {
            requireNonBlank(name, setting);
            if (!COOKIE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        setting + " must be a cookie token (letters, digits, !#$%&'*+-.^_`|~)");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("__host-") || lower.startsWith("__secure-")) {
                throw new IllegalArgumentException(
                        setting + " must not start with __Host- or __Secure-; use hostPrefix(true) instead");
            }
            return name;
        }

        private static Duration positive(Duration d, String setting) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(setting + " must be positive");
            }
            return d;
        }

        static String requireNonBlank(String value, String setting) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(setting + " must not be blank");
            }
            return value;
        }

        @Override
        public String toString() {
            return "FlashkitConfig.Builder[production=" + production + ", secret=" + (secret == null ? "unset" : "***")
                    + "]";
        }
    }

    static String secretHelp() {
        return Secrets.HELP;
    }
}
