package dev.flashkit.javalin;

import dev.flashkit.internal.CookieHeader;
import dev.flashkit.spi.Exchange;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The {@link Exchange} over a Javalin {@link Context}. */
final class JavalinExchange implements Exchange {
    private final Context ctx;

    JavalinExchange(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public String method() {
        return ctx.req().getMethod().toUpperCase(Locale.ROOT);
    }

    @Override
    public String path() {
        return ctx.path();
    }

    @Override
    public String query() {
        return ctx.queryString();
    }

    @Override
    public String cookie(String name) {
        // The raw header, not ctx.cookie(): Jetty would parse every cookie with its RFC 6265 checks, which
        // under load cost as much as opening the sealed value (whose codec validates it anyway).
        return CookieHeader.findInHeaders(ctx.req().getHeaders("Cookie"), name);
    }

    @Override
    public String header(String name) {
        return ctx.header(name);
    }

    @Override
    public boolean isSecure() {
        return ctx.req().isSecure();
    }

    @Override
    public int status() {
        return ctx.statusCode();
    }

    @Override
    public String responseHeader(String name) {
        return ctx.res().getHeader(name);
    }

    @Override
    public List<String> responseHeaders(String name) {
        return List.copyOf(ctx.res().getHeaders(name));
    }

    @Override
    public void addResponseHeader(String name, String value) {
        ctx.res().addHeader(name, value);
    }

    @Override
    public void setResponseHeader(String name, String value) {
        ctx.res().setHeader(name, value);
    }
}
