package dev.flashkit;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** The builder's checks: one value at a time (IllegalArgumentException), then the whole (IllegalStateException). */
final class SettingChecks {
    /** Cookie-name characters allowed by RFC 6265 (a token). */
    private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private SettingChecks() {}

    static String cookieName(String name, String setting) {
        requireNonBlank(name, setting);
        if (!COOKIE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(setting + " must be a cookie token (letters, digits, !#$%&'*+-.^_`|~)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("__host-") || lower.startsWith("__secure-")) {
            throw new IllegalArgumentException(
                    setting + " must not start with __Host- or __Secure-; use hostPrefix(true) instead");
        }
        return name;
    }

    static String cookiePath(String path) {
        requireNonBlank(path, "cookiePath");
        if (!path.startsWith("/") || path.chars().anyMatch(c -> c == ';' || c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("cookiePath must start with '/' and contain no ';' or spaces");
        }
        return path;
    }

    static String cookieDomain(String domain) {
        if (domain != null && (domain.isBlank() || !domain.matches("[A-Za-z0-9.-]+"))) {
            throw new IllegalArgumentException("cookieDomain must be a host name, e.g. example.com");
        }
        return domain;
    }

    static String tag(String tag) {
        requireNonBlank(tag, "message tag");
        if (!tag.trim().matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("message tag must be letters, digits, '_' or '-', not '" + tag + "'");
        }
        return tag.trim();
    }

    static Duration positive(Duration d, String setting) {
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

    /** The settings that each are valid but do not go together. */
    static void conflicts(ConfigBuilder b) {
        if (b.hostPrefix
                && (b.cookieDomain != null || !b.cookiePath.equals("/") || b.cookieSecurity == CookieSecurity.NEVER)) {
            throw new IllegalStateException(
                    "hostPrefix requires cookiePath \"/\", no cookieDomain and cookieSecurity other than NEVER");
        }
        if (b.production && b.cookieSecurity == CookieSecurity.NEVER) {
            throw new IllegalStateException("cookieSecurity NEVER is not allowed in production");
        }
        if (b.sameSite == SameSite.NONE && b.cookieSecurity == CookieSecurity.NEVER) {
            throw new IllegalStateException("sameSite NONE requires Secure cookies (cookieSecurity AUTO or ALWAYS)");
        }
        if (b.sessionIdleTimeout != null && b.sessionIdleTimeout.compareTo(b.sessionMaxAge) > 0) {
            throw new IllegalStateException("sessionIdleTimeout must not exceed sessionMaxAge");
        }
        if (b.messageTargetMaxAge.compareTo(b.messageMaxAge) > 0) {
            throw new IllegalStateException("messageTargetMaxAge must not exceed messageMaxAge");
        }
        if (b.messagesCookieName.equals(b.sessionCookieName)) {
            throw new IllegalStateException("messagesCookieName must differ from sessionCookieName");
        }
    }
}
