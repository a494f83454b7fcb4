package dev.flashkit.javalin7;

import dev.flashkit.spi.Exchange;
import io.javalin.http.Context;
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
        return ctx.cookie(name);
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
    public void addResponseHeader(String name, String value) {
        ctx.res().addHeader(name, value);
    }

    @Override
    public void setResponseHeader(String name, String value) {
        ctx.res().setHeader(name, value);
    }
}
