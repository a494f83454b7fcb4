package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.SessionMessageStorage;
import dev.flashkit.session.MemorySessionStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Messages commit before the session, so messages kept in the session survive login and logout. */
class MessagesWithSessionTest {

    private static TestBrowser browser(FlashkitConfig.Builder builder) {
        return new TestBrowser(Flashkit.create(builder.secret(TestSecrets.random())
                .messageStorage(SessionMessageStorage.create())
                .build()));
    }

    private static List<Message> display(TestBrowser browser) {
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        browser.get("/", ctx -> shown.set(ctx.messages().consume()));
        return shown.get();
    }

    @Test
    void logout_invalidateThenFlash_messageReachesTheNextPageAndTheOldSessionIsGone() {
        for (FlashkitConfig.Builder builder : List.of(
                FlashkitConfig.builder(), FlashkitConfig.builder().sessionStore(MemorySessionStore.create(100)))) {
            TestBrowser browser = browser(builder);
            browser.post("/login", (ctx, ex) -> ctx.session().put("user", "ada"));

            browser.post("/logout", (ctx, ex) -> {
                ctx.session().invalidate();
                ctx.messages().info("You have been signed out");
                ex.redirect("/");
            });

            AtomicReference<Object> user = new AtomicReference<>("unset");
            browser.get("/", ctx -> user.set(ctx.session().get("user")));
            assertThat(user.get()).isNull();
            assertThat(display(browser)).hasMessages("You have been signed out");
        }
    }

    @Test
    void login_rotateThenFlash_messageAndSessionDataSurvive() {
        TestBrowser browser = browser(FlashkitConfig.builder());
        browser.post("/login", (ctx, ex) -> {
            ctx.session().put("user", "ada");
            ctx.session().rotate();
            ctx.messages().success("Welcome back");
            ex.redirect("/");
        });

        assertThat(display(browser)).hasMessages("Welcome back");
        browser.get("/", ctx -> assertThat(ctx.session().get("user")).isEqualTo("ada"));
    }

    @Test
    void consume_lastMessage_removesTheReservedKeyFromTheSession() {
        TestBrowser browser = browser(FlashkitConfig.builder());
        browser.post("/", (ctx, ex) -> {
            ctx.session().put("user", "ada");
            ctx.messages().info("hello");
        });
        display(browser);

        browser.get("/", ctx -> assertThat(ctx.session().keys()).containsExactly("user"));
    }
}
