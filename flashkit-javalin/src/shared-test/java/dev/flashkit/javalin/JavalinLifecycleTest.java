package dev.flashkit.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.test.TestSecrets;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FlashkitPlugin} commits after Javalin's exception and error handlers, so halts, exception handlers
 * that redirect, before-handlers and async results all keep what they stored.
 */
class JavalinLifecycleTest {
    private static Javalin app;
    private static URI uri;

    static final class OutOfStock extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @BeforeAll
    static void start() {
        FlashkitConfig config =
                FlashkitConfig.builder().secret(TestSecrets.random()).build();
        app = TestApps.start(
                new FlashkitPlugin(flashkit -> flashkit.config(config)), routes -> routes.before("/counted/*", ctx -> {
                            var session = FlashkitPlugin.session(ctx);
                            session.put("visits", session.getLong("visits", 0) + 1);
                        })
                        .get(
                                "/read",
                                ctx -> ctx.result("via="
                                        + FlashkitPlugin.session(ctx).getString("via") + " visits="
                                        + FlashkitPlugin.session(ctx).getLong("visits", 0)))
                        .post("/halt", ctx -> {
                            FlashkitPlugin.session(ctx).put("via", "halt");
                            throw new BadRequestResponse("no");
                        })
                        .post("/order", ctx -> {
                            FlashkitPlugin.session(ctx).put("via", "order");
                            throw new OutOfStock();
                        })
                        .exception(OutOfStock.class, (e, ctx) -> {
                            FlashkitPlugin.session(ctx).put("via", "exception-handler");
                            ctx.redirect("/read");
                        })
                        .get("/counted/page", ctx -> ctx.result("counted"))
                        .get("/async", ctx -> {
                            FlashkitPlugin.session(ctx).put("via", "async");
                            ctx.future(() ->
                                    CompletableFuture.supplyAsync(() -> "later").thenAccept(ctx::result));
                        }));
        uri = URI.create("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void halt_afterSessionChange_answers400AndSavesSession() {
        Browser browser = new Browser(uri);

        Browser.Page halted = browser.post("/halt");

        assertThat(halted.status()).isEqualTo(400);
        assertThat(browser.get("/read").body()).startsWith("via=halt");
    }

    @Test
    void exceptionHandler_redirecting_keepsChangesOfHandlerAndExceptionHandler() {
        Browser browser = new Browser(uri);

        Browser.Page redirected = browser.post("/order");

        assertThat(redirected.status()).isEqualTo(302);
        assertThat(redirected.header("Location")).isEqualTo("/read");
        assertThat(browser.get("/read").body()).startsWith("via=exception-handler");
    }

    @Test
    void beforeHandler_usingSession_isSavedWithoutOwnSetup() {
        Browser browser = new Browser(uri);

        browser.get("/counted/page");
        browser.get("/counted/page");

        assertThat(browser.get("/read").body()).endsWith("visits=2");
    }

    @Test
    void future_completingLater_savesSessionChange() {
        Browser browser = new Browser(uri);

        Browser.Page page = browser.get("/async");

        assertThat(page.body()).isEqualTo("later");
        assertThat(browser.get("/read").body()).startsWith("via=async");
    }
}
