package dev.flashkit.javalin;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.RequestLifecycle;
import dev.flashkit.spi.StoreUnavailable;
import io.javalin.config.Key;
import io.javalin.http.Context;
import io.javalin.plugin.PluginPriority;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;

/**
 * Installs Flashkit in a Javalin application ({@code flashkit-javalin} for Javalin 6, {@code flashkit-javalin7}
 * for Javalin 7: one source, compiled against each). The request context opens lazily on first use of
 * {@link #session(Context)} (or the messages) from any handler — before-handlers included — and an
 * after-handler commits it, after exception and error handlers ran and before Javalin writes the result:
 * redirects, halts ({@code throw new BadRequestResponse()}) and exception handlers keep their messages.
 *
 * <p>A request whose final status is a server error (5xx, e.g. an unhandled exception) leaves the session
 * and the messages exactly as they were: nothing is saved, nothing is consumed.
 *
 * <p>When the session store fails (a {@link SessionStoreException}, e.g. Redis unreachable or timed out)
 * while the session or the messages are loaded (in a handler) or saved (at commit), the plugin answers
 * {@code 503 Service Unavailable} with {@code Retry-After} ({@link Config#retryAfter(Duration) one second by
 * default}) and a short plain-text page, and writes no Flashkit cookie: the user's cookie stays as it is and
 * the session resumes when the store is back. An application may map {@code SessionStoreException} itself
 * with {@code app.exception(...)}, which replaces the plugin's handler. These rules are the adapter kit's
 * ({@link RequestLifecycle}, {@link StoreUnavailable}), the same on every adapter.
 *
 * <pre>{@code
 * Javalin app = Javalin.create(config -> config.registerPlugin(new FlashkitPlugin(flashkit -> flashkit
 *         .config(FlashkitConfig.fromEnvironment().build()))));
 * }</pre>
 */
public final class FlashkitPlugin extends JavalinHooks {
    static final Key<Flashkit> KEY = new Key<>(Flashkit.class.getName());
    private static final System.Logger LOG = System.getLogger(FlashkitPlugin.class.getName());
    /** What {@link FlashkitNotInstalledException} advises first: this plugin, for the Javalin major in use. */
    private static final String NOT_INSTALLED_ADVICE = "On Javalin " + major() + ", register "
            + FlashkitPlugin.class.getName() + " (dev.flashkit:flashkit-javalin" + (major() == 6 ? "" : major())
            + ") when creating the app: "
            + "Javalin.create(config -> config.registerPlugin(new " + FlashkitPlugin.class.getName() + "())). "
            + FlashkitNotInstalledException.INSTALL_HINT;
    /** Response headers Jetty must accept: a session cookie and a messages cookie of up to 4 KB each. */
    static final int RESPONSE_HEADER_BYTES = 16 * 1024;

    /** A plugin configured from {@code FLASHKIT_*} system properties and environment variables. */
    public FlashkitPlugin() {
        this(config -> {});
    }

    /** A plugin configured by {@code userConfig}. */
    public FlashkitPlugin(Consumer<Config> userConfig) {
        Config config = new Config();
        if (userConfig != null) {
            userConfig.accept(config);
        }
        pluginConfig = config; // what Plugin's (userConfig, defaults) constructor does, as JavalinHooks has none
    }

    /** The Javalin major this copy of the source is compiled for: 7 in {@code dev.flashkit.javalin7}, else 6. */
    private static int major() {
        return FlashkitPlugin.class.getPackageName().endsWith("7") ? 7 : 6;
    }

    /** What the plugin is configured with. */
    public static final class Config {
        private Flashkit flashkit;
        private StoreUnavailable unavailable = StoreUnavailable.retryAfter(Duration.ofSeconds(1));

        /** Uses this Flashkit instance (e.g. one shared with other parts of the application). */
        public Config flashkit(Flashkit flashkit) {
            this.flashkit = Objects.requireNonNull(flashkit, "flashkit must not be null");
            return this;
        }

        /** Builds the Flashkit instance from {@code config}. */
        public Config config(FlashkitConfig config) {
            return flashkit(Flashkit.create(config));
        }

        /**
         * Sets the {@code Retry-After} of the 503 answer given when the session store fails (default one
         * second, rounded up to whole seconds).
         *
         * @throws IllegalArgumentException when {@code retryAfter} is negative
         */
        public Config retryAfter(Duration retryAfter) {
            this.unavailable = StoreUnavailable.retryAfter(retryAfter);
            return this;
        }

        Flashkit flashkitOrDefault() {
            return flashkit != null ? flashkit : Flashkit.fromEnvironment();
        }
    }

    /**
     * Jetty answers 500 when response headers pass its limit (8 KB by default); Flashkit's two cookies may need
     * up to 8 KB together, so raise the limit when it is lower.
     */
    static void raiseHeaderLimit(HttpConfiguration http) {
        if (http.getResponseHeaderSize() < RESPONSE_HEADER_BYTES) {
            http.setResponseHeaderSize(RESPONSE_HEADER_BYTES);
        }
    }

    /**
     * The after-handler, registered last so it runs after the application's own: commits or abandons. A request
     * whose handlers never used Flashkit is committed too (its context opens here, as the servlet filter opens one
     * per request): an htmx request still receives pending messages, a redirect still carries targeted ones, and a
     * page visit still counts for targeted delivery. Opening is cheap; nothing is read unless the commit needs it.
     */
    static void afterRequest(Context ctx, Config config) {
        RequestContext context;
        if (ctx.attribute(RequestContext.ATTRIBUTE) instanceof RequestContext opened) {
            context = opened;
        } else {
            Flashkit flashkit = installed(ctx);
            if (flashkit == null || ctx.res().isCommitted()) {
                return; // nothing was used, and a response already sent cannot take headers
            }
            context = flashkit.open(new JavalinExchange(ctx));
        }
        if (context.isCommitted()) {
            return;
        }
        RequestLifecycle lifecycle = new RequestLifecycle(context);
        if (ctx.res().isCommitted()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Flashkit: the response to " + ctx.method() + " " + ctx.path() + " was already sent, so its "
                            + "session and messages could not be saved; set the body with ctx.result(...), "
                            + "ctx.html(...) or ctx.render(...) instead of writing to ctx.res() directly");
            lifecycle.abandon();
            return;
        }
        lifecycle.finish(ctx.statusCode(), null).ifPresent(failure -> answer(ctx, config, failure));
    }

    /** Replaces the response with the 503 page; only logs when the response was already sent. */
    static void answer(Context ctx, Config config, SessionStoreException failure) {
        StoreUnavailable page = config.unavailable;
        page.log(new JavalinExchange(ctx), failure);
        if (ctx.res().isCommitted()) {
            return;
        }
        ctx.res().reset();
        ctx.status(page.status());
        page.headers().forEach(ctx::header);
        ctx.result(page.body());
    }

    @Override
    public PluginPriority priority() {
        return PluginPriority.EARLY;
    }

    @Override
    public String name() {
        return "Flashkit";
    }

    /**
     * The Flashkit context of this request, opened on first use.
     *
     * @throws FlashkitNotInstalledException when the plugin is not registered
     */
    public static RequestContext context(Context ctx) {
        return context(ctx, "request context");
    }

    /**
     * The session of this request, e.g. {@code FlashkitPlugin.session(ctx).put("user", "ada")}.
     *
     * @throws FlashkitNotInstalledException when the plugin is not registered
     */
    public static Session session(Context ctx) {
        return context(ctx, "session").session();
    }

    /**
     * The flash messages of this request, e.g. {@code FlashkitPlugin.messages(ctx).success("Saved")}.
     *
     * @throws FlashkitNotInstalledException when the plugin is not registered
     */
    public static Messages messages(Context ctx) {
        return context(ctx, "messages").messages();
    }

    /**
     * The flash messages of this request, or {@link Messages#NOOP} when the plugin is not registered: for
     * reusable handlers that must also work where Flashkit is not installed.
     */
    public static Messages messagesOrNoop(Context ctx) {
        if (ctx.attribute(RequestContext.ATTRIBUTE) instanceof RequestContext context) {
            return context.messages();
        }
        return installed(ctx) == null ? Messages.NOOP : messages(ctx);
    }

    static RequestContext context(Context ctx, String what) {
        if (ctx.attribute(RequestContext.ATTRIBUTE) instanceof RequestContext context) {
            return context;
        }
        Flashkit flashkit = installed(ctx);
        if (flashkit == null) {
            throw new FlashkitNotInstalledException(what, NOT_INSTALLED_ADVICE);
        }
        RequestContext context = flashkit.open(new JavalinExchange(ctx));
        ctx.attribute(RequestContext.ATTRIBUTE, context);
        return context;
    }

    private static Flashkit installed(Context ctx) {
        try {
            return ctx.appData(KEY);
        } catch (RuntimeException notRegistered) {
            return null;
        }
    }
}
