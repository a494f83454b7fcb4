package dev.flashkit.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** One user with a cookie jar talking real HTTP to a {@link DemoServer}; redirects are not followed. */
final class HttpUser {

    private final DemoServer server;
    private final CookieManager cookies;
    private final HttpClient client;

    HttpUser(DemoServer server) {
        this(server, new CookieManager());
    }

    /** A user whose browser refuses every cookie (cookies disabled). */
    static HttpUser withoutCookies(DemoServer server) {
        return new HttpUser(server, new CookieManager(null, CookiePolicy.ACCEPT_NONE));
    }

    private HttpUser(DemoServer server, CookieManager cookies) {
        this.server = server;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** GET with optional header name/value pairs. */
    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** POST of a urlencoded form with optional header name/value pairs. */
    HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The value of a cookie this user holds, or {@code null}. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * The same user (the same cookie jar, as one browser) talking to {@code other}: behind a load balancer
     * every instance answers on the same host, and cookies do not depend on the port.
     */
    HttpUser on(DemoServer other) {
        return new HttpUser(other, cookies);
    }

    /** Sends the cookies another user got from {@code origin} to this user's server too (a shared domain). */
    void copyCookiesFrom(HttpUser other, DemoServer origin) {
        URI target = URI.create(server.url("/"));
        other.cookies.getCookieStore().get(URI.create(origin.url("/"))).forEach(c -> cookies.getCookieStore()
                .add(target, c));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
