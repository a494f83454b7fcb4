package dev.flashkit.storetests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser over real HTTP: a cookie jar shared by every node (as cookies are per host, not per
 * port), redirects not followed so each test chooses which node serves the next request, like a
 * round-robin load balancer would.
 */
public final class HttpVisitor {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** A GET of {@code url} with this browser's cookies. */
    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A form POST ({@code user=ada}) to {@code url} with this browser's cookies. */
    public HttpResponse<String> post(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=ada")));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String cookieHeader;
        synchronized (this) {
            cookieHeader = cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        HttpResponse<String> response =
                CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        synchronized (this) {
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                boolean deletion = value.isEmpty() || setCookie.toLowerCase().contains("max-age=0");
                if (deletion) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return response;
    }

    /** Puts a cookie in the jar, as a tampering or replaying client would. */
    public synchronized void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** A copy of the jar: cookie names to values. */
    public synchronized Map<String, String> cookies() {
        return new LinkedHashMap<>(cookies);
    }
}
