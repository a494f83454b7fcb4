package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.test.TestBrowser;
import dev.flashkit.test.TestExchange;
import dev.flashkit.test.TestSecrets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code clear()} and removing the last key on the Redis store: the browser's cookie is deleted, the record in
 * Redis too (a copy of the old cookie opens nothing), and a later {@code put} starts a fresh session.
 */
@ExtendWith(RedisExtension.class)
class RedisSessionClearTest {
    private static final String NAME = "flashkit_session";

    @Test
    void clearAndRemoveLastKey_deleteCookieAndRecord_laterPutStartsAFreshSession(RedisTestServer redis) {
        try (RedisSessionStore store = RedisSessionStore.builder(redis.uri())
                .keyPrefix("clear:" + UUID.randomUUID() + ":")
                .commandTimeout(TestTimeouts.RELAXED)
                .build()) {
            Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
                    .secret(TestSecrets.random())
                    .sessionStore(store)
                    .build());
            for (String emptying : new String[] {"clear", "remove"}) {
                TestBrowser browser = new TestBrowser(flashkit);
                browser.get("/", ctx -> ctx.session().put("user", "ada"));
                String oldCookie = browser.cookies().get(NAME);
                String[] ids = new String[2];
                browser.get("/", ctx -> ids[0] = ctx.session().id());

                TestExchange emptied = browser.post("/" + emptying, (ctx, exchange) -> {
                    if (emptying.equals("clear")) {
                        ctx.session().clear();
                    } else {
                        ctx.session().remove("user");
                    }
                });
                browser.get("/", ctx -> ctx.session().put("cart", 1));
                browser.get("/", ctx -> ids[1] = ctx.session().id());
                TestBrowser replay = new TestBrowser(flashkit);
                replay.setCookie(NAME, oldCookie);

                assertThat(emptied.responseCookie(NAME).isDeletion())
                        .as(emptying)
                        .isTrue();
                replay.get(
                        "/",
                        ctx -> assertThat(ctx.session().isEmpty()).as(emptying).isTrue());
                assertThat(ids[1]).as(emptying).isNotNull().isNotEqualTo(ids[0]);
            }
        }
    }
}
