package dev.flashkit.storetests;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.javalin.FlashkitPlugin;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.SessionStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A minimal Javalin application on the Flashkit Javalin adapter, standing in for a real one in the stores'
 * multi-node proofs: login, a dashboard, notes that flash a message on POST → redirect → GET, and plain
 * endpoints for the concurrency and load tests. Each instance is one "node" on its own port. A failing session
 * store is answered by the adapter itself (503, {@code Retry-After}, no cookie) unless the application set up
 * its own answer.
 */
public final class MiniApp implements AutoCloseable {
    private final Javalin app;
    private final String name;

    /**
     * A Flashkit for one node: {@code secret} shared by every node, sessions in {@code store} and flash messages
     * in {@code messages} (the store's own storage).
     */
    public static Flashkit flashkit(String secret, SessionStore store, MessageStorage messages) {
        return Flashkit.create(FlashkitConfig.builder()
                .secret(secret)
                .sessionStore(store)
                .messageStorage(messages)
                .build());
    }

    /** Starts node {@code name} on a free loopback port. */
    public MiniApp(String name, Flashkit flashkit) {
        this(name, flashkit, app -> {});
    }

    /** Starts node {@code name} after {@code setup} added to the application (e.g. its own exception handler). */
    public MiniApp(String name, Flashkit flashkit, Consumer<Javalin> setup) {
        this.name = name;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.registerPlugin(new FlashkitPlugin(c -> c.flashkit(flashkit)));
        });
        setup.accept(app);
        app.post("/login", ctx -> {
            RequestContext fk = FlashkitPlugin.context(ctx);
            fk.session().rotate();
            fk.session().put("user", ctx.formParamAsClass("user", String.class).getOrDefault("ada"));
            fk.messages().success("Welcome back");
            ctx.redirect("/dashboard");
        });
        app.get("/dashboard", ctx -> page(ctx, "dashboard"));
        app.get("/public", ctx -> ctx.result("public page on " + name)); // never touches the session
        app.post("/notes", ctx -> {
            FlashkitPlugin.context(ctx).messages().success("Note added on " + name);
            ctx.redirect("/notes");
        });
        app.get("/notes", ctx -> page(ctx, "notes"));
        app.post("/logout", ctx -> {
            FlashkitPlugin.context(ctx).session().invalidate();
            ctx.redirect("/");
        });
        app.post("/add", ctx -> {
            RequestContext fk = FlashkitPlugin.context(ctx);
            fk.messages().info(ctx.queryParam("text"));
            String key = ctx.queryParam("key");
            if (key != null) { // each client thread counts its own key in the shared session
                fk.session().put(key, fk.session().getLong(key, 0) + 1);
            }
            ctx.result("added");
        });
        app.get(
                "/counters",
                ctx -> ctx.result(FlashkitPlugin.session(ctx).asMap().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("k"))
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("\n"))));
        app.get(
                "/fail",
                ctx -> { // an error page that shows messages, then the handler fails
                    FlashkitPlugin.context(ctx).messages().consume();
                    throw new IllegalStateException("failed on " + name);
                });
        app.get(
                "/show",
                ctx -> ctx.result(FlashkitPlugin.context(ctx).messages().consume().stream()
                        .map(m -> m.text().value())
                        .collect(Collectors.joining("\n"))));
        app.start("127.0.0.1", 0);
    }

    /** Shows the node, the user and the messages (consuming them, as a template would). */
    private void page(Context ctx, String page) {
        RequestContext fk = FlashkitPlugin.context(ctx);
        Object user = fk.session().get("user");
        String messages =
                fk.messages().consume().stream().map(Message::textHtml).collect(Collectors.joining(" | "));
        ctx.result(page + " on " + name + "; user=" + user + "; messages=[" + messages + "]");
    }

    /** The absolute URL of {@code path} on this node. */
    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** Stops the node. */
    @Override
    public void close() {
        app.stop();
    }
}
