package dev.flashkit.quarkus.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.quarkus.example.ItemsResource;
import dev.flashkit.redis.QuarkusTestRedis;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With Redis the session loads asynchronously before the resource runs: the request body waits meanwhile, and a form
 * posted with a session cookie reaches the resource whole.
 */
class RedisFormBodyTest {
    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(ItemsResource.class, TestApps.class, QuarkusTestRedis.class)
                    .addAsResource("example/templates/items.html", "templates/items.html"))
            .overrideConfigKey("quarkus.http.test-port", "0")
            .overrideConfigKey("quarkus.flashkit.session.store", "redis")
            .overrideConfigKey("quarkus.flashkit.redis.url", QuarkusTestRedis.uri());

    @Test
    void formPost_withSessionCookie_reachesTheResourceWhole() {
        Browser browser = new Browser(TestApps.uri());
        browser.postForm("/items", "name=Tea");
        String longName = "Earl Grey " + "x".repeat(1_500); // under Quarkus' 2 KB form attribute limit

        Browser.Page post = browser.postForm("/items", "name=" + longName.replace(' ', '+')); // loads from Redis first
        String page = browser.get("/items").body();

        assertThat(post.status()).isEqualTo(303);
        assertThat(page).contains("<p>2 items added</p>").contains("Item &#39;" + longName + "&#39; added");
    }
}
