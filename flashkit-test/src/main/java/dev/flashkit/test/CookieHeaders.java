package dev.flashkit.test;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code Cookie} request header values ({@code name=value; name2=value2}) into a name-to-value map, for
 * tests that hold a real request's headers (an HTTP client's, MockMvc's) and want what {@link NextRequest} takes.
 */
public final class CookieHeaders {
    private CookieHeaders() {}

    /** The cookies of these header values, in order; a repeated name keeps its first value, as servers do. */
    public static Map<String, String> parse(Iterable<String> headerValues) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : headerValues) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.putIfAbsent(
                            pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return cookies;
    }
}
