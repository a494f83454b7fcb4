package dev.flashkit.javalin7;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.RetryAfter;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStoreException;
import io.javalin.config.JavalinState;
import io.javalin.config.Key;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.javalin.plugin.PluginPriority;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Installs Flashkit in a Javalin 7 application. The request context opens lazily on first use of
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
 * with {@code app.exception(...)}, which replaces the plugin's handler.
 *
 * <pre>{@code
 * Javalin app = Javalin.create(config -> config.registerPlugin(new FlashkitPlugin(flashkit -> flashkit
 *         .config(FlashkitConfig.fromEnvironment().build()))));
 * }</pre>
 */
public final class FlashkitPlugin extends Plugin<FlashkitPlugin.Config> {
    private static final Key<Flashkit> KEY = new Key<>(Flashkit.class.getName());
    private static final System.Logger LOG = System.getLogger(FlashkitPlugin.class.getName());
    /** What {@link FlashkitNotInstalledException} advises first: this plugin, for the Javalin major in use. */
    private static final String NOT_INSTALLED_ADVICE = "On Javalin 7, register dev.flashkit.javalin7.FlashkitPlugin "
            + "(dev.flashkit:flashkit-javalin7) when creating the app: "
            + "Javalin.create(config -> config.registerPlugin(new dev.flashkit.javalin7.FlashkitPlugin())). "
            + FlashkitNotInstalledException.INSTALL_HINT;

    /** A plugin configured from {@code FLASHKIT_*} system properties and environment variables. */
    public FlashkitPlugin() {
        this(config -> {});
    }

    /** A plugin configured by {@code userConfig}. */
    public FlashkitPlugin(Consumer<Config> userConfig) {
        super(userConfig, new Config());
    }

    /** What the plugin is configured with. */
    public static final class Config {
        private Flashkit flashkit;
        private long retryAfterSeconds = 1;

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
            this.retryAfterSeconds = RetryAfter.seconds(retryAfter);
            return this;
        }

        Flashkit flashkitOrDefault() {
            return flashkit != null ? flashkit : Flashkit.fromEnvironment();
        }
    }

    /** Response headers Jetty must accept: a session cookie and a messages cookie of up to 4 KB each. */
    static final int RESPONSE_HEADER_BYTES = 16 * 1024;

    @Override
    public void onInitialize(JavalinState state) {
        state.appDataManager.register(KEY, pluginConfig.flashkitOrDefault());
        // Jetty answers 500 when response headers pass its limit (8 KB by default); Flashkit's two cookies
        // may need up to 8 KB together, so raise the limit when it is lower.
        state.jetty.modifyHttpConfiguration(http -> {
            if (http.getResponseHeaderSize() < RESPONSE_HEADER_BYTES) {
                http.setResponseHeaderSize(RESPONSE_HEADER_BYTES);
            }
        });
    }

    @Override
    public void onStart(JavalinState state) {
        // Registered last, so it runs after the application's own after-handlers.
        long retryAfter = pluginConfig.retryAfterSeconds;
        state.routes.exception(SessionStoreException.class, (e, ctx) -> StoreUnavailable.answer(ctx, retryAfter, e));
        state.routes.after(ctx -> commit(ctx, retryAfter));
    }

    @Override
    public PluginPriority priority() {
        return PluginPriority.EARLY;
    }

    @Override
    public String name() {
        return "Flashkit";
    }

    private static void commit(Context ctx, long retryAfterSeconds) {
        if (!(ctx.attribute(RequestContext.ATTRIBUTE) instanceof RequestContext context) || context.isCommitted()) {
            return;
        }
        if (ctx.res().isCommitted()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Flashkit: the response to " + ctx.method() + " " + ctx.path() + " was already sent, so its "
                            + "session and messages could not be saved; set the body with ctx.result(...), "
                            + "ctx.html(...) or ctx.render(...) instead of writing to ctx.res() directly");
            context.abandon();
            return;
        }
        if (ctx.statusCode() < 500) {
            try {
                context.commit();
            } catch (SessionStoreException e) {
                StoreUnavailable.answer(ctx, retryAfterSeconds, e);
            }
        } else {
            context.abandon(); // a failed request saves nothing; messages set aside for it go back
            if (ctx.statusCode() == 500) { // e.g. a template engine wrapped the store's exception in its own
                context.storeFailure().ifPresent(failure -> StoreUnavailable.answer(ctx, retryAfterSeconds, failure));
            }
        }
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
