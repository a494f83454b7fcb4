package dev.flashkit.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Redis outage on the non-blocking path: while redis-server does not answer, a request with a session answers
 * 503 with {@code Retry-After} and no cookie (the command timeout fails the store's stage), and the session is there
 * again once Redis answers.
 */
class WebFluxRedisOutageTest {
    private static RedisFlashkit redis;
    private static WebFluxServer server;

    @BeforeAll
    static void start() {
        redis = RedisFlashkit.start();
        server = WebFluxServer.start(redis.flashkit(), ScenarioWebApp.class);
    }

    @AfterAll
    static void stop() {
        server.close();
        redis.close();
    }

    @Test
    void redisNotAnswering_answers503WithRetryAfterAndKeepsCookie_thenResumes() throws Exception {
        Browser browser = new Browser(server.uri());
        browser.post("/login?user=ada");
        String cookie = browser.cookie("flashkit_session");

        Browser.Page page;
        redis.server().pause();
        try {
            page = browser.post("/session?key=cart&value=3");
        } finally {
            redis.server().resume();
        }

        assertThat(page.status()).as(page.toString()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isEqualTo("1");
        assertThat(page.body()).contains("temporarily unavailable");
        assertThat(page.setCookies()).isEmpty();
        assertThat(browser.cookie("flashkit_session")).isEqualTo(cookie);
        assertThat(browser.get("/session").body()).contains("user=ada").doesNotContain("cart=");
    }
}
