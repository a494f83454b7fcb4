package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The multi-node proof on real demo instances: three demos on their own ports share their sessions — through
 * one real {@code redis-server}, or through nothing but a shared {@code FLASHKIT_SECRET} with the cookie store.
 * One browser (one cookie jar) is sent to a different instance on every request, as a load balancer would.
 */
class MultiNodeTest {

    @Test
    void redisStore_threeInstances_shareLoginAndShowEachMessageOnce() throws Exception {
        String secret = randomSecret();
        try (LocalRedis redis = LocalRedis.start();
                DemoServer first = DemoServer.start("FLASHKIT_STORE", redis.uri(), "FLASHKIT_SECRET", secret);
                DemoServer second = DemoServer.start("FLASHKIT_STORE", redis.uri(), "FLASHKIT_SECRET", secret);
                DemoServer third = DemoServer.start("FLASHKIT_STORE", redis.uri(), "FLASHKIT_SECRET", secret)) {
            HttpUser browser = loginOnFirstAndAddItemOnSecond(first, second);
            HttpUser staleTab = new HttpUser(first); // a request racing the third instance's, with the same cookies
            staleTab.copyCookiesFrom(browser, second);

            List<Shown> onThird = Shown.in(browser.on(third).get("/submit_item").body());
            List<Shown> racing = Shown.in(staleTab.get("/submit_item").body());

            assertThat(onThird).containsExactly(new Shown("success", "Item 'tea' added successfully!"));
            assertThat(racing).isEmpty();
            assertThat(Shown.in(browser.on(third).get("/submit_item").body())).isEmpty();
            assertThat(Shown.in(browser.on(first).get("/submit_item").body())).isEmpty();
        }
    }

    @Test
    void cookieStore_threeInstancesWithSharedSecret_shareLoginAndShowEachMessageOnce() {
        String secret = randomSecret();
        try (DemoServer first = DemoServer.start("FLASHKIT_STORE", "cookie", "FLASHKIT_SECRET", secret);
                DemoServer second = DemoServer.start("FLASHKIT_STORE", "cookie", "FLASHKIT_SECRET", secret);
                DemoServer third = DemoServer.start("FLASHKIT_STORE", "cookie", "FLASHKIT_SECRET", secret)) {
            HttpUser browser = loginOnFirstAndAddItemOnSecond(first, second);

            List<Shown> onThird = Shown.in(browser.on(third).get("/submit_item").body());

            assertThat(onThird).containsExactly(new Shown("success", "Item 'tea' added successfully!"));
            assertThat(Shown.in(browser.on(third).get("/submit_item").body())).isEmpty();
            assertThat(Shown.in(browser.on(first).get("/submit_item").body())).isEmpty();
        }
    }

    /** Logs in on the first instance, opens the dashboard on the second and adds an item there. */
    private static HttpUser loginOnFirstAndAddItemOnSecond(DemoServer first, DemoServer second) {
        HttpUser browser = new HttpUser(first);
        assertThat(browser.post("/login", Map.of("username", "test", "password", "password"))
                        .statusCode())
                .isEqualTo(303);

        String dashboard = browser.on(second).get("/dashboard").body();
        assertThat(Shown.in(dashboard)).containsExactly(new Shown("success", "Welcome back, test!"));
        assertThat(org.jsoup.Jsoup.parse(dashboard).select("#dashboard-user").text())
                .isEqualTo("test");

        assertThat(browser.on(second)
                        .post("/submit_item", Map.of("item_name", "tea"))
                        .statusCode())
                .isEqualTo(303);
        return browser;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
