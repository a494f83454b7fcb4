package dev.flashkit;

import static dev.flashkit.SettingChecks.cookieName;
import static dev.flashkit.SettingChecks.positive;
import static dev.flashkit.SettingChecks.requireNonBlank;

import dev.flashkit.internal.KeyRing;
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
import java.util.Map;
import java.util.Objects;

/** The one {@link FlashkitConfig.Builder}: holds the settings, validates each as it is set. */
final class ConfigBuilder implements FlashkitConfig.Builder, Cloneable {
    boolean production;
    String secret;
    List<String> fallbackSecrets = List.of();
    String secretSource = FlashkitSetting.SECRET.variable();
    String fallbackSecretsSource = FlashkitSetting.SECRET_FALLBACKS.variable();
    String sessionCookieName = "flashkit_session";
    String cookiePath = "/";
    String cookieDomain;
    SameSite sameSite = SameSite.LAX;
    CookieSecurity cookieSecurity = CookieSecurity.AUTO;
    boolean hostPrefix;
    Duration sessionMaxAge = Duration.ofDays(14);
    Duration sessionIdleTimeout;
    boolean persistentCookie = true;
    Duration clockSkew = Duration.ofMinutes(1);
    SessionStore sessionStore;
    Clock clock = Clock.systemUTC();
    String messagesCookieName = "flashkit_messages";
    MessageStorage messageStorage;
    Level messageLevel = Level.INFO;
    Map<Integer, String> messageTags = new HashMap<>();
    Map<Integer, Level> taggedLevels = new HashMap<>();
    Duration messageMaxAge = Duration.ofMinutes(10);
    Duration messageTargetMaxAge = Duration.ofMinutes(3);
    int messageBacklog = 50;
    String messageBundle = "messages";
    MessageTextResolver messageTextResolver;
    MessageRenderer messageRenderer = MessageRenderer.html();
    boolean htmxMessages = true;

    @Override
    public ConfigBuilder messagesCookieName(String name) {
        this.messagesCookieName = cookieName(name, "messagesCookieName");
        return this;
    }

    @Override
    public ConfigBuilder messageStorage(MessageStorage storage) {
        this.messageStorage = Objects.requireNonNull(storage, "messageStorage must not be null");
        return this;
    }

    @Override
    public ConfigBuilder messageLevel(Level level) {
        this.messageLevel = Objects.requireNonNull(level, "messageLevel must not be null");
        return this;
    }

    @Override
    public ConfigBuilder messageTag(Level level, String tag) {
        Objects.requireNonNull(level, "level must not be null");
        this.messageTags.put(level.value(), SettingChecks.tag(tag));
        this.taggedLevels.put(level.value(), level);
        return this;
    }

    @Override
    public ConfigBuilder messageMaxAge(Duration maxAge) {
        this.messageMaxAge = positive(maxAge, "messageMaxAge");
        return this;
    }

    @Override
    public ConfigBuilder messageTargetMaxAge(Duration maxAge) {
        this.messageTargetMaxAge = positive(maxAge, "messageTargetMaxAge");
        return this;
    }

    @Override
    public ConfigBuilder messageBacklog(int backlog) {
        if (backlog < 2 || backlog > 1000) {
            throw new IllegalArgumentException("messageBacklog must be between 2 and 1000");
        }
        this.messageBacklog = backlog;
        return this;
    }

    @Override
    public ConfigBuilder messageBundle(String baseName) {
        this.messageBundle = requireNonBlank(baseName, "messageBundle");
        return this;
    }

    @Override
    public ConfigBuilder messageTextResolver(MessageTextResolver resolver) {
        this.messageTextResolver = Objects.requireNonNull(resolver, "messageTextResolver must not be null");
        return this;
    }

    @Override
    public ConfigBuilder messageRenderer(MessageRenderer renderer) {
        this.messageRenderer = Objects.requireNonNull(renderer, "messageRenderer must not be null");
        return this;
    }

    @Override
    public ConfigBuilder htmxMessages(boolean enabled) {
        this.htmxMessages = enabled;
        return this;
    }

    @Override
    public ConfigBuilder production(boolean production) {
        this.production = production;
        return this;
    }

    @Override
    public ConfigBuilder secret(String secret) {
        this.secret = requireNonBlank(secret, "secret");
        return this;
    }

    @Override
    public ConfigBuilder fallbackSecrets(List<String> secrets) {
        List<String> copy = new ArrayList<>();
        for (String s : secrets) {
            copy.add(requireNonBlank(s, "fallbackSecrets entry"));
        }
        this.fallbackSecrets = List.copyOf(copy);
        return this;
    }

    @Override
    public ConfigBuilder secretSources(String secret, String fallbackSecrets) {
        this.secretSource = requireNonBlank(secret, "secret source").trim();
        this.fallbackSecretsSource =
                requireNonBlank(fallbackSecrets, "fallbackSecrets source").trim();
        return this;
    }

    @Override
    public ConfigBuilder sessionCookieName(String name) {
        this.sessionCookieName = cookieName(name, "sessionCookieName");
        return this;
    }

    @Override
    public ConfigBuilder cookiePath(String path) {
        this.cookiePath = SettingChecks.cookiePath(path);
        return this;
    }

    @Override
    public ConfigBuilder cookieDomain(String domain) {
        this.cookieDomain = SettingChecks.cookieDomain(domain);
        return this;
    }

    @Override
    public ConfigBuilder sameSite(SameSite sameSite) {
        this.sameSite = Objects.requireNonNull(sameSite, "sameSite must not be null");
        return this;
    }

    @Override
    public ConfigBuilder cookieSecurity(CookieSecurity security) {
        this.cookieSecurity = Objects.requireNonNull(security, "cookieSecurity must not be null");
        return this;
    }

    @Override
    public ConfigBuilder hostPrefix(boolean hostPrefix) {
        this.hostPrefix = hostPrefix;
        return this;
    }

    @Override
    public ConfigBuilder sessionMaxAge(Duration maxAge) {
        this.sessionMaxAge = positive(maxAge, "sessionMaxAge");
        return this;
    }

    @Override
    public ConfigBuilder sessionIdleTimeout(Duration idleTimeout) {
        this.sessionIdleTimeout = idleTimeout == null ? null : positive(idleTimeout, "sessionIdleTimeout");
        return this;
    }

    @Override
    public ConfigBuilder persistentCookie(boolean persistent) {
        this.persistentCookie = persistent;
        return this;
    }

    @Override
    public ConfigBuilder clockSkew(Duration skew) {
        if (skew == null || skew.isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative");
        }
        this.clockSkew = skew;
        return this;
    }

    @Override
    public ConfigBuilder sessionStore(SessionStore store) {
        this.sessionStore = store;
        return this;
    }

    @Override
    public ConfigBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        return this;
    }

    @Override
    public FlashkitConfig build() {
        SettingChecks.conflicts(this);
        return SecretPolicy.buildWithKeys(this);
    }

    FlashkitConfig create(KeyRing ring, boolean developmentKey) {
        return new FlashkitConfig(this, ring, developmentKey);
    }

    CookieSettings cookieSettings() {
        return new CookieSettings(cookiePath, cookieDomain, sameSite, cookieSecurity, hostPrefix);
    }

    SessionSettings sessionSettings(CookieSettings cookie) {
        String name = cookie.fullName(sessionCookieName);
        return new SessionSettings(name, sessionMaxAge, sessionIdleTimeout, clockSkew, sessionStore, persistentCookie);
    }

    MessageSettings messageSettings(CookieSettings cookie) {
        List<Level> levels = new ArrayList<>(taggedLevels.values()); // custom ones become template constants
        levels.add(messageLevel);
        return new MessageSettings(
                cookie.fullName(messagesCookieName),
                messageStorage,
                messageLevel,
                Map.copyOf(messageTags),
                messageMaxAge,
                messageTargetMaxAge,
                messageBacklog,
                messageTextResolver != null ? messageTextResolver : MessageTextResolver.resourceBundle(messageBundle),
                messageRenderer,
                htmxMessages,
                Level.constants(levels));
    }

    /**
     * An independent builder holding the same settings: a field-by-field copy (so a new setting is never
     * forgotten here), with its own copies of the mutable maps.
     */
    ConfigBuilder copy() {
        try {
            ConfigBuilder c = (ConfigBuilder) clone();
            c.messageTags = new HashMap<>(messageTags);
            c.taggedLevels = new HashMap<>(taggedLevels);
            return c;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public String toString() {
        return "FlashkitConfig.Builder[production=" + production + ", secret=" + (secret == null ? "unset" : "***")
                + "]";
    }
}
