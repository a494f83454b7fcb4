package dev.flashkit.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.test.TestSecrets;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link FlashkitPlugin} commits after exception handlers: halts and redirecting handlers keep messages. */
class JavalinMessageLifecycleTest {
    private static Javalin app;
    private static URI uri;

    static final class OutOfStock extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @BeforeAll
    static void start() {
        FlashkitConfig config =
                FlashkitConfig.builder().secret(TestSecrets.random()).build();
        app = TestApps.start(new FlashkitPlugin(flashkit -> flashkit.config(config)), routes -> routes.get(
                        "/read",
                        ctx -> ctx.result(String.join(
                                ",",
                                FlashkitPlugin.messages(ctx).consume().stream()
                                        .map(m -> m.text().value())
                                        .toList())))
                .post("/halt", ctx -> {
                    FlashkitPlugin.messages(ctx).error("not allowed");
                    throw new BadRequestResponse("no");
                })
                .post("/order", ctx -> {
                    FlashkitPlugin.messages(ctx).info("ordering");
                    throw new OutOfStock();
                })
                .exception(OutOfStock.class, (e, ctx) -> {
                    FlashkitPlugin.messages(ctx).warning("out of stock");
                    ctx.redirect("/read");
                }));
        uri = URI.create("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void halt_afterAddingMessage_answers400AndKeepsMessage() {
        Browser browser = new Browser(uri);

        Browser.Page halted = browser.post("/halt");

        assertThat(halted.status()).isEqualTo(400);
        assertThat(browser.get("/read").body()).isEqualTo("not allowed");
    }

    @Test
    void exceptionHandler_redirecting_keepsMessagesOfHandlerAndExceptionHandler() {
        Browser browser = new Browser(uri);

        Browser.Page redirected = browser.post("/order");

        assertThat(redirected.status()).isEqualTo(302);
        assertThat(browser.get("/read").body()).isEqualTo("ordering,out of stock");
    }
}
