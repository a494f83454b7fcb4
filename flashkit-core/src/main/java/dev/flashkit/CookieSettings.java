package dev.flashkit;

import dev.flashkit.internal.SetCookieHeader;

/**
 * The cookie part of {@link FlashkitConfig}: the attributes shared by the session and the messages cookie,
 * set through its builder.
 *
 * @param path the {@code Path} attribute
 * @param domain the {@code Domain} attribute, or {@code null} for host-only cookies
 * @param sameSite the {@code SameSite} attribute
 * @param security when cookies are {@code Secure}
 * @param hostPrefix whether cookie names carry the {@code __Host-} prefix
 */
public record CookieSettings(
        String path, String domain, SameSite sameSite, CookieSecurity security, boolean hostPrefix) {

    /** The prefix {@link #hostPrefix()} puts before cookie names. */
    static final String HOST_PREFIX = "__Host-";

    /** Whether a cookie written for a request over HTTPS ({@code secureRequest}) or not is {@code Secure}. */
    public boolean secure(boolean secureRequest, boolean production) {
        return switch (security) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> secureRequest || production || hostPrefix || sameSite == SameSite.NONE;
        };
    }

    /** The Set-Cookie attributes for a request over HTTPS ({@code secureRequest}) or not. */
    SetCookieHeader.Attributes attributes(boolean secureRequest, boolean production) {
        return new SetCookieHeader.Attributes(
                path, domain, secure(secureRequest, production), true, sameSite.attribute());
    }

    /** {@code name} as written in headers: with the {@code __Host-} prefix when enabled. */
    String fullName(String name) {
        return (hostPrefix ? HOST_PREFIX : "") + name;
    }
}
