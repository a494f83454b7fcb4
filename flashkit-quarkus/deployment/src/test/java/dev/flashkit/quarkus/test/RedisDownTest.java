package dev.flashkit.quarkus.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.spi.StoreUnavailable;
import dev.flashkit.storetests.TestProcesses;
import io.quarkus.test.QuarkusUnitTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis unreachable (nothing listens where {@code quarkus.flashkit.redis.url} points): requests that need the store
 * answer 503 with {@code Retry-After} and no cookie, through Lettuce's real connection failure; pages that need no
 * store are served.
 */
class RedisDownTest {
    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.serving(
                    ScenarioResource.class, NonBlockingScenarioResource.class, RestCall.class)
            .overrideConfigKey("quarkus.flashkit.session.store", "redis")
            .overrideConfigKey("quarkus.flashkit.redis.url", unreachable())
            .overrideConfigKey("quarkus.flashkit.redis.timeout", "1s");

    /** A Redis URL where nothing listens. */
    private static String unreachable() {
        try {
            return "redis://127.0.0.1:" + TestProcesses.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void save_redisDown_answers503WithoutCookie() {
        Browser.Page post = new Browser(TestApps.uri()).post("/session?key=cart&value=3");

        assertUnavailable(post);
    }

    @Test
    void load_redisDown_answers503AndKeepsTheCookie() {
        Browser browser = new Browser(TestApps.uri());
        browser.setCookie("flashkit_session", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        Browser.Page page = browser.get("/session");

        assertUnavailable(page);
        assertThat(browser.cookie("flashkit_session")).isEqualTo("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }

    @Test
    void plainPage_redisDown_isServed() {
        Browser.Page page = new Browser(TestApps.uri()).get("/plain");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).isEqualTo("plain");
    }

    private static void assertUnavailable(Browser.Page page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isEqualTo("1");
        assertThat(page.body()).isEqualTo(StoreUnavailable.TEXT);
        assertThat(page.setCookies()).isEmpty();
    }
}
