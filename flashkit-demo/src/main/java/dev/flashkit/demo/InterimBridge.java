package dev.flashkit.demo;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import dev.flashkit.spi.Exchange;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * TEMPORARY: opens and commits a Flashkit context per request until flashkit-javalin's plugin lands on
 * main; then this file is deleted and {@link FlashkitSetup} installs the plugin instead.
 */
final class InterimBridge {

    private InterimBridge() {}

    static void install(Javalin app, Flashkit flashkit) {
        app.before(ctx -> ctx.attribute(RequestContext.ATTRIBUTE, flashkit.open(new ContextExchange(ctx))));
        app.after(ctx -> {
            RequestContext context = ctx.attribute(RequestContext.ATTRIBUTE);
            if (context != null) {
                context.commit();
            }
        });
    }

    static RequestContext context(Context ctx) {
        return RequestContext.require(ctx.attribute(RequestContext.ATTRIBUTE), "Flashkit for Javalin");
    }

    private record ContextExchange(Context ctx) implements Exchange {
        @Override
        public String method() {
            return ctx.method().name();
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
}
