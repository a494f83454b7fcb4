package dev.flashkit.messages;

import dev.flashkit.spi.Exchange;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where messages go: the request's own target, same-origin redirect targets, prefetch detection. */
final class Delivery {
    private Delivery() {}

    /** Path + query of this request, as targets are stamped. */
    static String here(Exchange exchange) {
        return key(exchange.path(), exchange.query());
    }

    static String key(String path, String query) {
        String p = path == null || path.isEmpty() ? "/" : path;
        return normalizeEscapes(query == null || query.isEmpty() ? p : p + "?" + query);
    }

    /** Upper-case hex in percent escapes, so {@code %c3%a9} and {@code %C3%A9} name the same target. */
    private static String normalizeEscapes(String s) {
        int pct = s.indexOf('%');
        if (pct < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = pct; i < chars.length - 2; i++) {
            if (chars[i] == '%') {
                chars[i + 1] = Character.toUpperCase(chars[i + 1]);
                chars[i + 2] = Character.toUpperCase(chars[i + 2]);
            }
        }
        return new String(chars);
    }

    /** Whether this request may consume: not HEAD and not a prefetch. */
    static boolean mayConsume(Exchange exchange) {
        return !"HEAD".equals(exchange.method()) && !isPrefetch(exchange);
    }

    /**
     * Whether the request is likely to display messages, so a store may claim them while loading: an htmx
     * request, or a {@code GET} that is a navigation ({@code Sec-Fetch-Dest} document, iframe, frame) or
     * does not say. Subresource and script requests ({@code fetch}, images) are not: claiming for them
     * would only hold messages back from a parallel page. Only decides when a store claims, never what a
     * request may display.
     */
    static boolean likelyDisplays(Exchange exchange) {
        if ("true".equalsIgnoreCase(exchange.header("HX-Request"))) {
            return true;
        }
        if (!"GET".equals(exchange.method())) {
            return false;
        }
        String dest = exchange.header("Sec-Fetch-Dest");
        return dest == null
                || dest.isBlank()
                || dest.equals("document")
                || dest.equals("iframe")
                || dest.equals("frame");
    }

    /**
     * Whether this request visits its page so that messages targeted at it and not shown here are released
     * to the next page that displays messages: it may consume, is likely to display (a page navigation or
     * htmx), answers below 500 and does not redirect on (then the messages follow the redirect instead).
     */
    static boolean isVisit(Exchange exchange) {
        return mayConsume(exchange)
                && likelyDisplays(exchange)
                && exchange.status() < 500
                && !isRedirect(exchange)
                && exchange.responseHeader("HX-Redirect") == null;
    }

    /** Whether a browser says this is a page navigation ({@code Sec-Fetch-Dest} document, iframe or frame). */
    static boolean isNavigation(Exchange exchange) {
        String dest = exchange.header("Sec-Fetch-Dest");
        return "document".equals(dest) || "iframe".equals(dest) || "frame".equals(dest);
    }

    /**
     * The page a sub-request was sent from, as a target ({@link #here} form): htmx's {@code HX-Current-URL},
     * or the same-origin {@code Referer} of a {@code fetch}/XHR ({@code Sec-Fetch-Dest: empty}); {@code null}
     * for page navigations and other origins. Such a sub-request may show messages targeted at that page.
     */
    static String sourcePage(Exchange exchange) {
        String url;
        if ("true".equalsIgnoreCase(exchange.header("HX-Request"))) {
            url = exchange.header("HX-Current-URL");
        } else if ("empty".equalsIgnoreCase(exchange.header("Sec-Fetch-Dest"))) {
            url = exchange.header("Referer");
        } else {
            return null;
        }
        return url == null || url.isBlank() || !url.contains("://") ? null : parsedTarget(exchange, url);
    }

    static boolean isPrefetch(Exchange exchange) {
        return contains(exchange.header("Sec-Purpose"), "prefetch")
                || contains(exchange.header("Purpose"), "prefetch")
                || contains(exchange.header("X-Moz"), "prefetch")
                || contains(exchange.header("X-Purpose"), "preview");
    }

    private static boolean contains(String header, String token) {
        return header != null && header.toLowerCase(Locale.ROOT).contains(token);
    }

    /** Whether the response redirects (3xx with a Location header). */
    static boolean isRedirect(Exchange exchange) {
        int status = exchange.status();
        return status >= 300 && status < 400 && status != 304 && exchange.responseHeader("Location") != null;
    }

    /** The path + query a same-origin {@code location} leads to, or {@code null} (other origin, garbage). */
    static String sameOriginTarget(Exchange exchange, String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        if (isPlainPath(location)) {
            int query = location.indexOf('?');
            return query < 0 ? location : key(location.substring(0, query), location.substring(query + 1));
        }
        return parsedTarget(exchange, location);
    }

    /**
     * Whether {@code location} is an absolute path (with an optional query) that {@link #parsedTarget} would
     * return unchanged: only characters {@link URI} takes as they are, no escapes, no fragment, and no
     * {@code .}/{@code ..} segment or doubled slash for normalisation to remove. Redirects to such a path (by
     * far the most common) skip two {@link URI} parses.
     */
    static boolean isPlainPath(String location) {
        if (location.charAt(0) != '/' || location.contains("//") || location.contains("/.")) {
            return false;
        }
        for (int i = 1; i < location.length(); i++) {
            if (!isPlain(location.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }

    /** {@link #sameOriginTarget} for any location: parsed, resolved and normalised as the browser will send it. */
    static String parsedTarget(Exchange exchange, String location) {
        try {
            URI uri = new URI(location.trim());
            if (uri.isOpaque()) {
                return null;
            }
            if (uri.getRawAuthority() != null && !sameHost(exchange, uri)) {
                return null;
            }
            if (uri.getScheme() != null
                    && !uri.getScheme().equalsIgnoreCase("http")
                    && !uri.getScheme().equalsIgnoreCase("https")) {
                return null;
            }
            if (uri.getRawAuthority() == null && uri.getScheme() == null) {
                String path = uri.getRawPath();
                if (path == null || !path.startsWith("/")) {
                    URI base =
                            new URI(exchange.path() == null || exchange.path().isEmpty() ? "/" : exchange.path());
                    uri = base.resolve(uri);
                }
            }
            URI ascii = new URI(uri.normalize().toASCIIString()); // non-ASCII as the browser will send it
            return key(ascii.getRawPath(), ascii.getRawQuery());
        } catch (URISyntaxException | IllegalArgumentException garbage) {
            return null;
        }
    }

    private static boolean sameHost(Exchange exchange, URI uri) {
        String authority = normalizeAuthority(uri.getRawAuthority(), uri.getScheme());
        return authority.equals(normalizeAuthority(exchange.header("Host"), uri.getScheme()))
                || authority.equals(normalizeAuthority(exchange.header("X-Forwarded-Host"), uri.getScheme()));
    }

    private static String normalizeAuthority(String authority, String scheme) {
        if (authority == null) {
            return "";
        }
        String a = authority.trim().toLowerCase(Locale.ROOT);
        int comma = a.indexOf(',');
        if (comma >= 0) {
            a = a.substring(0, comma).trim();
        }
        if (a.endsWith(":80") && (scheme == null || scheme.equalsIgnoreCase("http"))) {
            return a.substring(0, a.length() - 3);
        }
        if (a.endsWith(":443") && (scheme == null || scheme.equalsIgnoreCase("https"))) {
            return a.substring(0, a.length() - 4);
        }
        return a;
    }
}
