package dev.flashkit.test;

import dev.flashkit.spi.Exchange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An in-memory {@link Exchange} for tests: set request method, path, query, cookies and headers; read
 * the response status, headers and {@code Set-Cookie} cookies afterwards. Pair it with {@link TestBrowser}
 * to carry cookies from one exchange to the next.
 */
public final class TestExchange implements Exchange {
    private final String method;
    private final String path;
    private final String query;
    private final boolean secure;
    private final Map<String, String> requestCookies;
    private final Map<String, List<String>> requestHeaders;
    private final Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
    private int status = 200;
    private dev.flashkit.Flashkit flashkit;

    private TestExchange(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.query = b.query;
        this.secure = b.secure;
        this.requestCookies = Collections.unmodifiableMap(new LinkedHashMap<>(b.cookies));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        b.headers.forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        this.requestHeaders = headers;
    }

    /** A builder for a request with this method and target ({@code /path?query}). */
    public static Builder request(String method, String target) {
        return new Builder(method, target);
    }

    /** Shorthand for a GET of {@code target} with no cookies. */
    public static TestExchange get(String target) {
        return request("GET", target).build();
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String query() {
        return query;
    }

    @Override
    public String cookie(String name) {
        return requestCookies.get(name);
    }

    @Override
    public String header(String name) {
        List<String> values = requestHeaders.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public int status() {
        return status;
    }

    /** Sets the response status, as a handler would. */
    public TestExchange status(int status) {
        this.status = status;
        return this;
    }

    /** Sets status 303 and {@code Location}, as a handler answering with a redirect would. */
    public TestExchange redirect(String location) {
        status = 303;
        setResponseHeader("Location", location);
        return this;
    }

    @Override
    public String responseHeader(String name) {
        List<String> values = responseHeaders.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a response header, in the order added. */
    @Override
    public List<String> responseHeaders(String name) {
        return List.copyOf(responseHeaders.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
    }

    @Override
    public void addResponseHeader(String name, String value) {
        responseHeaders
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(Objects.requireNonNull(value));
    }

    @Override
    public void setResponseHeader(String name, String value) {
        List<String> values = new ArrayList<>();
        values.add(Objects.requireNonNull(value));
        responseHeaders.put(name.toLowerCase(Locale.ROOT), values);
    }

    /** The cookies the response set or deleted, parsed from {@code Set-Cookie}, by name (last one wins). */
    public Map<String, SetCookie> responseCookies() {
        Map<String, SetCookie> cookies = new LinkedHashMap<>();
        for (String header : responseHeaders("Set-Cookie")) {
            SetCookie cookie = SetCookie.parse(header);
            cookies.put(cookie.name(), cookie);
        }
        return cookies;
    }

    /** The response cookie with this name, or {@code null}. */
    public SetCookie responseCookie(String name) {
        return responseCookies().get(name);
    }

    /** Records which Flashkit committed this exchange (set by {@link TestBrowser}; used by assertions). */
    void flashkit(dev.flashkit.Flashkit flashkit) {
        this.flashkit = flashkit;
    }

    /** The Flashkit that committed this exchange, or {@code null} when it was not sent through a TestBrowser. */
    dev.flashkit.Flashkit flashkit() {
        return flashkit;
    }

    /** The request cookies. */
    Map<String, String> requestCookies() {
        return requestCookies;
    }

    @Override
    public String toString() {
        return "TestExchange[" + method + " " + path + (query == null ? "" : "?" + query) + " -> " + status + "]";
    }

    /** Builds a {@link TestExchange}. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final String query;
        private boolean secure;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();

        private Builder(String method, String target) {
            this.method = method.toUpperCase(Locale.ROOT);
            int q = target.indexOf('?');
            this.path = q < 0 ? target : target.substring(0, q);
            this.query = q < 0 ? null : target.substring(q + 1);
        }

        /** Adds a request cookie. */
        public Builder cookie(String name, String value) {
            cookies.put(name, value);
            return this;
        }

        /** Adds request cookies. */
        public Builder cookies(Map<String, String> values) {
            cookies.putAll(values);
            return this;
        }

        /** Adds a request header value. */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** Marks the request as arriving over HTTPS. */
        public Builder secure(boolean secure) {
            this.secure = secure;
            return this;
        }

        /** The exchange. */
        public TestExchange build() {
            return new TestExchange(this);
        }
    }
}
