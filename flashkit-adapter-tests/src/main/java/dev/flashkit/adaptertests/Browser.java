package dev.flashkit.adaptertests;

import dev.flashkit.test.SetCookie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A real HTTP client with a cookie jar ({@link HttpClient} + {@link CookieManager}) talking to a server over
 * a socket, like a browser profile: every request sends the cookies earlier responses set. Redirects are
 * not followed, so tests see each 3xx.
 */
public final class Browser {
    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    /** A browser with an empty jar for the server at {@code base} (e.g. {@code http://127.0.0.1:8080}). */
    public Browser(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A GET of {@code target} ({@code /path?query}). */
    public Page get(String target) {
        return send("GET", target);
    }

    /** A POST to {@code target} with an empty form body. */
    public Page post(String target) {
        return send("POST", target);
    }

    /** A POST to {@code target} with a form body such as {@code name=Tea&size=2} (already URL-encoded). */
    public Page postForm(String target, String formBody) {
        return exchange("POST", target, formBody);
    }

    /** A HEAD of {@code target}. */
    public Page head(String target) {
        return send("HEAD", target);
    }

    /** A request with any method, plus extra request headers as name/value pairs. */
    public Page send(String method, String target, String... headers) {
        return exchange(method, target, method.equals("POST") ? "" : null, headers);
    }

    private Page exchange(String method, String target, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(target))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body != null ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new Page(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Puts a cookie into the jar for the whole site (replacing one of that name), as a tampering client would. */
    public void setCookie(String name, String value) {
        cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals(name))
                .toList()
                .forEach(c -> cookies.getCookieStore().remove(base, c));
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** The value of the jar's cookie with this name, or {@code null}. */
    public String cookie(String name) {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** One response: status, headers, body. */
    public record Page(HttpResponse<String> response) {
        /** The status code. */
        public int status() {
            return response.statusCode();
        }

        /** The body. */
        public String body() {
            return response.body();
        }

        /** The first value of a response header, or {@code null}. */
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** Every value of a response header, in order (empty when absent). */
        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        /** Every {@code Set-Cookie} header, parsed. */
        public List<SetCookie> setCookies() {
            return response.headers().allValues("Set-Cookie").stream()
                    .map(SetCookie::parse)
                    .toList();
        }

        /** The {@code Set-Cookie} for {@code name}, or {@code null}. */
        public SetCookie setCookie(String name) {
            return setCookies().stream()
                    .filter(c -> c.name().equals(name))
                    .reduce((first, second) -> second)
                    .orElse(null);
        }

        @Override
        public String toString() {
            return response.request().method() + " " + response.uri() + " -> " + status() + " " + body();
        }
    }
}
