package dev.flashkit.spi;

import java.util.List;
import java.util.Locale;

/**
 * One HTTP request/response pair as Flashkit sees it. Adapters (Servlet, Javalin, Spring) implement
 * it over their native objects; {@code flashkit-test} has an in-memory one. Flashkit formats its own
 * {@code Set-Cookie} headers, so an adapter only has to pass headers through.
 */
public interface Exchange {

    /** The request method in upper case, e.g. {@code GET}. */
    String method();

    /** The request path without the query string, e.g. {@code /items}. */
    String path();

    /** The raw query string without the leading {@code ?}, or {@code null} when there is none. */
    String query();

    /** The value of the first request cookie with this name, or {@code null}. */
    String cookie(String name);

    /** The first value of a request header (case-insensitive name), or {@code null}. */
    String header(String name);

    /** Whether the request reached the application over HTTPS (as the adapter's container reports it). */
    boolean isSecure();

    /** The response status as set so far (200 when the handler set none). */
    int status();

    /** The first value of a response header already set, or {@code null}. */
    String responseHeader(String name);

    /**
     * Every value of a response header already set, in order (empty when none); by default only {@link
     * #responseHeader the first}. Flashkit merges {@code Vary} with all of them.
     */
    default List<String> responseHeaders(String name) {
        String first = responseHeader(name);
        return first == null ? List.of() : List.of(first);
    }

    /** Adds a response header, keeping existing ones with the same name (used for {@code Set-Cookie}). */
    void addResponseHeader(String name, String value);

    /** Sets a response header, replacing existing ones with the same name. */
    void setResponseHeader(String name, String value);

    /** The reader's preferred locales, best first; defaults to those of {@code Accept-Language}. */
    default List<Locale> locales() {
        String accept = header("Accept-Language");
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(accept).stream()
                    .filter(range -> !range.getRange().equals("*"))
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
        } catch (IllegalArgumentException garbage) {
            return List.of();
        }
    }
}
