package dev.flashkit;

import static dev.flashkit.FlashkitSetting.Group.COOKIE;
import static dev.flashkit.FlashkitSetting.Group.GENERAL;
import static dev.flashkit.FlashkitSetting.Group.MESSAGES;
import static dev.flashkit.FlashkitSetting.Group.SESSION;
import static dev.flashkit.SettingParser.bool;
import static dev.flashkit.SettingParser.duration;
import static dev.flashkit.SettingParser.enumOf;
import static dev.flashkit.SettingParser.text;

import dev.flashkit.FlashkitConfig.Builder;
import dev.flashkit.messages.Level;
import java.util.Arrays;
import java.util.List;

/**
 * The table of Flashkit's settings: each row names the {@link FlashkitConfig.Builder} method, the {@code
 * FLASHKIT_*} environment variable (the row's name) and the {@code flashkit.*} Spring Boot property that set
 * it, its default and one line of documentation. {@link FlashkitConfig#fromEnvironment()} reads the variables
 * through it, the Spring Boot starter binds the properties through it, and the docs' settings tables and the
 * IDE metadata are checked against it. Rows without a text form ({@link #hasTextForm()}) are set in code only.
 */
public enum FlashkitSetting {
    /** Production or development mode. */
    ENV(
            GENERAL,
            "production(boolean) | flashkit.env | development",
            "the mode: `production` requires a strong secret and forces `Secure` cookies",
            SettingParser.of("java.lang.String", SettingValues::production, Builder::production),
            "development production"),
    /** The master secret. */
    SECRET(
            GENERAL,
            "secret(String) | flashkit.secret | ",
            "the master secret, ≥ 32 random bytes, base64 or hex; unset: a random development key, refused in production",
            SettingParser.verbatim(Builder::secret)),
    /** Older secrets that still open cookies. */
    SECRET_FALLBACKS(
            GENERAL,
            "fallbackSecrets(List) | flashkit.secret-fallbacks | ",
            "older secrets that still open cookies, newest first (comma or space separated)",
            SettingParser.list(Builder::fallbackSecrets)),
    /** How errors and warnings name where the secrets came from. */
    SECRET_SOURCES(
            GENERAL,
            "secretSources(String, String) | | `FLASHKIT_SECRET`, `FLASHKIT_SECRET_FALLBACKS`",
            "how errors and warnings name where the secrets came from"),
    /** Name of the session cookie. */
    SESSION_COOKIE_NAME(
            SESSION,
            "sessionCookieName(String) | flashkit.session.cookie-name | flashkit_session",
            "session cookie name",
            text(Builder::sessionCookieName)),
    /** Absolute session lifetime. */
    SESSION_MAX_AGE(
            SESSION,
            "sessionMaxAge(Duration) | flashkit.session.max-age | 14d",
            "absolute session lifetime from creation",
            duration(Builder::sessionMaxAge)),
    /** Idle timeout. */
    SESSION_IDLE_TIMEOUT(
            SESSION,
            "sessionIdleTimeout(Duration) | flashkit.session.idle-timeout | ",
            "idle timeout; none by default",
            duration(Builder::sessionIdleTimeout)),
    /** Browser-session or persistent cookies. */
    SESSION_COOKIE_PERSISTENT(
            SESSION,
            "persistentCookie(boolean) | flashkit.session.cookie-persistent | true",
            "`false`: session and messages cookies last until the browser closes (no `Max-Age`, no `Expires`); max age"
                    + " and idle timeout still hold",
            bool(Builder::persistentCookie)),
    /** Tolerated clock difference between instances. */
    CLOCK_SKEW(SESSION, "clockSkew(Duration) | | 1m", "tolerated clock difference between instances"),
    /** Where sessions live. */
    SESSION_STORE(SESSION, "sessionStore(SessionStore) | | the cookie store", "where sessions live"),
    /** The clock for expiry decisions. */
    CLOCK(SESSION, "clock(Clock) | | the system clock", "the clock for expiry decisions (tests)"),
    /** When cookies are Secure. */
    COOKIE_SECURE(
            COOKIE,
            "cookieSecurity(CookieSecurity) | flashkit.cookie.secure | auto",
            "when cookies are `Secure`: `auto` (on HTTPS, always in production), `always` or `never`",
            enumOf(CookieSecurity.class, Builder::cookieSecurity)),
    /** The SameSite attribute. */
    COOKIE_SAMESITE(
            COOKIE,
            "sameSite(SameSite) | flashkit.cookie.same-site | lax",
            "the `SameSite` attribute: `lax`, `strict` or `none`",
            enumOf(SameSite.class, Builder::sameSite)),
    /** Cookie Path. */
    COOKIE_PATH(
            COOKIE, "cookiePath(String) | flashkit.cookie.path | /", "the cookie `Path`", text(Builder::cookiePath)),
    /** Cookie Domain. */
    COOKIE_DOMAIN(
            COOKIE,
            "cookieDomain(String) | flashkit.cookie.domain | ",
            "the cookie `Domain`; none: a host-only cookie",
            text(Builder::cookieDomain)),
    /** The __Host- prefix. */
    COOKIE_HOST_PREFIX(
            COOKIE,
            "hostPrefix(boolean) | flashkit.cookie.host-prefix | false",
            "prefix cookie names with `__Host-` (requires `Secure`, `Path=/` and no `Domain`)",
            bool(Builder::hostPrefix)),
    /** Minimum message level. */
    MESSAGES_LEVEL(
            MESSAGES,
            "messageLevel(Level) | flashkit.messages.level | info",
            "minimum level, `debug`…`error` or a number: messages below it are ignored",
            SettingParser.of("java.lang.String", (source, value) -> Level.parse(value), Builder::messageLevel),
            "debug info success warning error"),
    /** Tag of one level. */
    MESSAGES_TAG(MESSAGES, "messageTag(Level, String) | | level name", "the CSS tag of one level"),
    /** Where messages wait. */
    MESSAGES_STORAGE(
            MESSAGES,
            "messageStorage(MessageStorage) | flashkit.messages.storage | fallback",
            "where messages wait: `cookie`, `session` or `fallback` (cookie, then session)",
            SettingParser.of("java.lang.String", SettingValues::messageStorage, Builder::messageStorage),
            "fallback cookie session"),
    /** Name of the messages cookie. */
    MESSAGES_COOKIE_NAME(
            MESSAGES,
            "messagesCookieName(String) | flashkit.messages.cookie-name | flashkit_messages",
            "messages cookie name",
            text(Builder::messagesCookieName)),
    /** How long a stored message lives. */
    MESSAGES_MAX_AGE(
            MESSAGES,
            "messageMaxAge(Duration) | flashkit.messages.max-age | 10m",
            "how long a stored message waits to be shown",
            duration(Builder::messageMaxAge)),
    /** How long a message reserved for a redirect target waits. */
    MESSAGES_TARGET_MAX_AGE(
            MESSAGES,
            "messageTargetMaxAge(Duration) | flashkit.messages.target-max-age | 3m",
            "how long a message reserved for a redirect target waits for it",
            duration(Builder::messageTargetMaxAge)),
    /** Most unread messages kept. */
    MESSAGES_BACKLOG(
            MESSAGES,
            "messageBacklog(int) | flashkit.messages.backlog | 50",
            "most unread messages kept per client (2–1000); older ones become \"+N more\"",
            SettingParser.integer(Builder::messageBacklog)),
    /** Resource-bundle base name. */
    MESSAGES_BUNDLE(
            MESSAGES,
            "messageBundle(String) | flashkit.messages.bundle | messages",
            "resource-bundle base name for i18n message keys",
            text(Builder::messageBundle)),
    /** Resolves i18n keys. */
    MESSAGES_TEXT_RESOLVER(
            MESSAGES, "messageTextResolver(MessageTextResolver) | | resource bundles", "resolves i18n message keys"),
    /** Renders messages.html(). */
    MESSAGES_RENDERER(MESSAGES, "messageRenderer(MessageRenderer) | | built-in HTML", "renders `messages.html()`"),
    /** htmx delivery. */
    MESSAGES_HTMX(
            MESSAGES,
            "htmxMessages(boolean) | flashkit.messages.htmx | true",
            "deliver undisplayed messages to htmx requests in `HX-Trigger`",
            bool(Builder::htmxMessages));

    /** Which part of {@link FlashkitConfig} a setting belongs to. */
    public enum Group {
        /** Mode and secrets. */
        GENERAL,
        /** {@link FlashkitConfig#session()}. */
        SESSION,
        /** {@link FlashkitConfig#cookie()}. */
        COOKIE,
        /** {@link FlashkitConfig#messages()}. */
        MESSAGES
    }

    private final Group group;
    private final String builderMethod;
    private final String property;
    private final String defaultValue;
    private final String doc;
    private final SettingParser parser;
    private final List<String> choices;

    FlashkitSetting(Group group, String columns, String doc) {
        this(group, columns, doc, null, "");
    }

    FlashkitSetting(Group group, String columns, String doc, SettingParser parser) {
        this(group, columns, doc, parser, "");
    }

    /**
     * {@code columns}: builder method, property and default, separated by {@code |}, blank for none; {@code
     * choices}: the accepted values, separated by spaces.
     */
    FlashkitSetting(Group group, String columns, String doc, SettingParser parser, String choices) {
        String[] column = columns.split("\\|", -1);
        this.group = group;
        this.builderMethod = column[0].trim();
        this.property = column[1].isBlank() ? null : column[1].trim();
        this.defaultValue = column[2].isBlank() ? null : column[2].trim();
        this.doc = doc;
        this.parser = parser;
        this.choices = choices.isEmpty() ? List.of() : List.of(choices.split(" "));
    }

    /** The rows of {@code group}, in table order. */
    public static List<FlashkitSetting> of(Group group) {
        return Arrays.stream(values()).filter(s -> s.group == group).toList();
    }

    /** Which part of the config this setting belongs to. */
    public Group group() {
        return group;
    }

    /** The builder method that sets it, with its parameter types, e.g. {@code sessionMaxAge(Duration)}. */
    public String builderMethod() {
        return builderMethod;
    }

    /** The builder method's name alone, e.g. {@code sessionMaxAge}. */
    public String builderName() {
        return builderMethod.substring(0, builderMethod.indexOf('('));
    }

    /** Whether it can be set from text (an environment variable or a property); else in code only. */
    public boolean hasTextForm() {
        return parser != null;
    }

    /** The environment variable (or system property), {@code FLASHKIT_} and the row's name; {@code null} for code only. */
    public String variable() {
        return parser == null ? null : "FLASHKIT_" + name();
    }

    /** The {@code flashkit.*} Spring Boot property, or {@code null} for code only. */
    public String property() {
        return property;
    }

    /** The value type as Spring's IDE metadata names it ({@code java.time.Duration}...), or {@code null}. */
    public String type() {
        return parser == null ? null : parser.type();
    }

    /** The default as text ({@code 14d}, {@code lax}...), or {@code null} for none. */
    public String defaultValue() {
        return defaultValue;
    }

    /** One line of documentation (Markdown). */
    public String doc() {
        return doc;
    }

    /** The accepted values when they are few and not an enum's ({@code development}, {@code production}). */
    public List<String> choices() {
        return choices;
    }

    /**
     * Parses {@code value} and sets it on {@code builder}. A bad value raises {@link IllegalArgumentException}
     * naming {@code source} — the variable or property, with where it was set; never the value of a secret.
     *
     * @throws IllegalStateException when the setting has no text form ({@link #hasTextForm()})
     */
    public Builder apply(Builder builder, String value, String source) {
        if (parser == null) {
            throw new IllegalStateException(
                    name() + " cannot be set from text: call FlashkitConfig.Builder." + builderMethod + " in code");
        }
        try {
            parser.apply().apply(builder, value, source);
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).startsWith(source)) {
                throw e;
            }
            throw new IllegalArgumentException(e.getMessage() + "; set by " + source, e);
        }
        return builder;
    }
}
