package dev.flashkit.test;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A cookie jar driving a {@link Flashkit} through in-memory exchanges, like a browser would: each request
 * sends the cookies earlier responses set, runs a handler, commits, and stores what came back.
 *
 * <pre>{@code
 * TestBrowser browser = new TestBrowser(flashkit);
 * browser.post("/login", (ctx, ex) -> { ctx.session().put("user", "ada"); ex.redirect("/"); });
 * TestExchange home = browser.get("/", (ctx, ex) -> assertThat(ctx.session().get("user")).isEqualTo("ada"));
 * }</pre>
 */
public final class TestBrowser {
    private final Flashkit flashkit;
    private final boolean nonBlocking;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** A browser with an empty cookie jar. */
    public TestBrowser(Flashkit flashkit) {
        this(flashkit, false);
    }

    private TestBrowser(Flashkit flashkit, boolean nonBlocking) {
        this.flashkit = flashkit;
        this.nonBlocking = nonBlocking;
    }

    /**
     * A browser whose requests take the non-blocking path a reactive adapter takes: {@link
     * RequestContext#prepare()} before the handler and {@link RequestContext#commitAsync()} after it (waited for;
     * a failed stage throws its cause).
     */
    public static TestBrowser nonBlocking(Flashkit flashkit) {
        return new TestBrowser(flashkit, true);
    }

    /** A GET of {@code target}; returns the committed exchange. */
    public TestExchange get(String target, BiConsumer<RequestContext, TestExchange> handler) {
        return send(TestExchange.request("GET", target), handler);
    }

    /** A POST to {@code target}; returns the committed exchange. */
    public TestExchange post(String target, BiConsumer<RequestContext, TestExchange> handler) {
        return send(TestExchange.request("POST", target), handler);
    }

    /** Sends a request built by the caller (headers, secure...) with the jar's cookies added. */
    public TestExchange send(TestExchange.Builder request, BiConsumer<RequestContext, TestExchange> handler) {
        TestExchange exchange = request.cookies(cookies).build();
        exchange.flashkit(flashkit);
        RequestContext context = flashkit.open(exchange);
        if (nonBlocking) {
            ThroughAsync.await(context.prepare());
            handler.accept(context, exchange);
            ThroughAsync.await(context.commitAsync());
        } else {
            handler.accept(context, exchange);
            context.commit();
        }
        exchange.responseCookies().values().forEach(c -> {
            if (c.isDeletion()) {
                cookies.remove(c.name());
            } else {
                cookies.put(c.name(), c.value());
            }
        });
        return exchange;
    }

    /** Shorthand for a GET whose handler only needs the context. */
    public TestExchange get(String target, Consumer<RequestContext> handler) {
        return get(target, (ctx, ex) -> handler.accept(ctx));
    }

    /** The cookies the jar holds now (a copy). */
    public Map<String, String> cookies() {
        return new LinkedHashMap<>(cookies);
    }

    /** Puts a cookie into the jar (e.g. a tampered one). */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** Empties the jar (a new browser profile). */
    public void clearCookies() {
        cookies.clear();
    }
}
