package dev.flashkit;

import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.FallbackMessageStorage;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.SessionMessageStorage;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** Reads {@code FLASHKIT_*} settings (system properties or environment) into a builder. */
final class EnvironmentSettings {
    private final Function<String, String> lookup;

    EnvironmentSettings(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    FlashkitConfig.Builder applyTo(FlashkitConfig.Builder b) {
        String env = get("FLASHKIT_ENV");
        if (env != null) {
            switch (env.trim().toLowerCase(Locale.ROOT)) {
                case "production", "prod" -> b.production(true);
                case "development", "dev", "test" -> b.production(false);
                default ->
                    throw new IllegalArgumentException(
                            "FLASHKIT_ENV must be 'development' or 'production', not '" + env + "'");
            }
        }
        String secret = get("FLASHKIT_SECRET");
        if (secret != null) {
            b.secret(secret);
        }
        String fallbacks = get("FLASHKIT_SECRET_FALLBACKS");
        if (fallbacks != null) {
            b.fallbackSecrets(Arrays.stream(fallbacks.split("[,\\s]+"))
                    .filter(s -> !s.isBlank())
                    .toList());
        }
        String cookieName = get("FLASHKIT_SESSION_COOKIE_NAME");
        if (cookieName != null) {
            b.sessionCookieName(cookieName.trim());
        }
        String maxAge = get("FLASHKIT_SESSION_MAX_AGE");
        if (maxAge != null) {
            b.sessionMaxAge(duration("FLASHKIT_SESSION_MAX_AGE", maxAge));
        }
        String idle = get("FLASHKIT_SESSION_IDLE_TIMEOUT");
        if (idle != null) {
            b.sessionIdleTimeout(duration("FLASHKIT_SESSION_IDLE_TIMEOUT", idle));
        }
        String secure = get("FLASHKIT_COOKIE_SECURE");
        if (secure != null) {
            b.cookieSecurity(enumValue(CookieSecurity.class, "FLASHKIT_COOKIE_SECURE", secure));
        }
        String sameSite = get("FLASHKIT_COOKIE_SAMESITE");
        if (sameSite != null) {
            b.sameSite(enumValue(SameSite.class, "FLASHKIT_COOKIE_SAMESITE", sameSite));
        }
        String path = get("FLASHKIT_COOKIE_PATH");
        if (path != null) {
            b.cookiePath(path.trim());
        }
        String domain = get("FLASHKIT_COOKIE_DOMAIN");
        if (domain != null) {
            b.cookieDomain(domain.trim());
        }
        String hostPrefix = get("FLASHKIT_COOKIE_HOST_PREFIX");
        if (hostPrefix != null) {
            b.hostPrefix(bool("FLASHKIT_COOKIE_HOST_PREFIX", hostPrefix));
        }
        applyMessages(b);
        return b;
    }

    private void applyMessages(FlashkitConfig.Builder b) {
        String cookieName = get("FLASHKIT_MESSAGES_COOKIE_NAME");
        if (cookieName != null) {
            b.messagesCookieName(cookieName.trim());
        }
        String storage = get("FLASHKIT_MESSAGES_STORAGE");
        if (storage != null) {
            b.messageStorage(
                    switch (storage.trim().toLowerCase(Locale.ROOT)) {
                        case "cookie" -> CookieMessageStorage.create();
                        case "session" -> SessionMessageStorage.create();
                        case "fallback" -> FallbackMessageStorage.create();
                        default ->
                            throw new IllegalArgumentException(
                                    "FLASHKIT_MESSAGES_STORAGE must be cookie, session or fallback, not '" + storage
                                            + "'");
                    });
        }
        String level = get("FLASHKIT_MESSAGES_LEVEL");
        if (level != null) {
            b.messageLevel(Level.parse(level));
        }
        String maxAge = get("FLASHKIT_MESSAGES_MAX_AGE");
        if (maxAge != null) {
            b.messageMaxAge(duration("FLASHKIT_MESSAGES_MAX_AGE", maxAge));
        }
        String targetMaxAge = get("FLASHKIT_MESSAGES_TARGET_MAX_AGE");
        if (targetMaxAge != null) {
            b.messageTargetMaxAge(duration("FLASHKIT_MESSAGES_TARGET_MAX_AGE", targetMaxAge));
        }
        String backlog = get("FLASHKIT_MESSAGES_BACKLOG");
        if (backlog != null) {
            try {
                b.messageBacklog(Integer.parseInt(backlog.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("FLASHKIT_MESSAGES_BACKLOG must be a number, not '" + backlog + "'");
            }
        }
        String bundle = get("FLASHKIT_MESSAGES_BUNDLE");
        if (bundle != null) {
            b.messageBundle(bundle.trim());
        }
        String htmx = get("FLASHKIT_MESSAGES_HTMX");
        if (htmx != null) {
            b.htmxMessages(bool("FLASHKIT_MESSAGES_HTMX", htmx));
        }
    }

    private String get(String name) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? null : value;
    }

    static Duration duration(String name, String value) {
        String v = value.trim();
        try {
            return v.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be seconds or an ISO-8601 duration such as PT30M, not '" + value + "'");
        }
    }

    static boolean bool(String name, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        };
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        }
    }
}
