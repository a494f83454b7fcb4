package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo on each session store (FLASHKIT_STORE) and in production mode, over real HTTP. */
class DemoStoresTest {

    @Test
    void memoryStore_loginFlow_keepsUserAndFlashes() {
        try (DemoServer server = DemoServer.start("FLASHKIT_STORE", "memory")) {
            HttpUser user = new HttpUser(server);

            user.post("/login", Map.of("username", "test", "password", "password"));

            assertThat(Shown.in(user.get("/dashboard").body()))
                    .containsExactly(new Shown("success", "Welcome back, test!"));
            assertThat(user.get("/debug/session").body()).contains("MemorySessionStore", "\"user\":\"test\"");
        }
    }

    @Test
    void memoryStore_login_oldSessionCookieNoLongerOpensTheLoggedInSession() {
        try (DemoServer server = DemoServer.start("FLASHKIT_STORE", "memory")) {
            HttpUser user = new HttpUser(server);
            user.get("/set-session"); // a session exists before the login (e.g. one an attacker planted)
            String planted = user.cookie("flashkit_session");

            user.post("/login", Map.of("username", "test", "password", "password"));
            HttpResponse<String> withOldCookie =
                    new HttpUser(server).get("/debug/session", "Cookie", "flashkit_session=" + planted);

            assertThat(user.get("/debug/session").body()).contains("\"user\":\"test\"");
            assertThat(withOldCookie.body()).contains("\"new\":true").doesNotContain("\"user\"");
        }
    }

    @Test
    void redisStore_login_oldSessionCookieNoLongerOpensTheLoggedInSession() throws Exception {
        try (LocalRedis redis = LocalRedis.start();
                DemoServer server =
                        DemoServer.start("FLASHKIT_STORE", redis.uri(), "FLASHKIT_SECRET", randomSecret())) {
            HttpUser user = new HttpUser(server);
            user.get("/set-session");
            String planted = user.cookie("flashkit_session");

            user.post("/login", Map.of("username", "test", "password", "password"));
            HttpResponse<String> withOldCookie =
                    new HttpUser(server).get("/debug/session", "Cookie", "flashkit_session=" + planted);

            assertThat(user.get("/debug/session").body()).contains("\"user\":\"test\"");
            assertThat(withOldCookie.body()).contains("\"new\":true").doesNotContain("\"user\"");
        }
    }

    @Test
    void redisStore_twoDemoInstancesSharingRedisAndSecret_seeTheSameSession() throws Exception {
        String secret = randomSecret();
        try (LocalRedis redis = LocalRedis.start();
                DemoServer a = DemoServer.start("FLASHKIT_STORE", redis.uri(), "FLASHKIT_SECRET", secret);
                DemoServer b = DemoServer.start("FLASHKIT_STORE", redis.uri(), "FLASHKIT_SECRET", secret)) {
            HttpUser onA = new HttpUser(a);
            onA.get("/set-session");
            HttpUser onB = new HttpUser(b);
            onB.copyCookiesFrom(onA, a);

            HttpResponse<String> read = onB.get("/get-session");

            assertThat(read.body()).isEqualTo("{\"key\":\"value\"}");
            assertThat(onB.get("/debug/session").body()).contains("RedisSessionStore");
        }
    }

    @Test
    void redisStore_messageShownOnOneInstance_staleCookieOnAnotherShowsNothing() throws Exception {
        String secret = randomSecret();
        try (LocalRedis redis = LocalRedis.start();
                DemoServer a = DemoServer.start("FLASHKIT_STORE", redis.uri(), "FLASHKIT_SECRET", secret);
                DemoServer b = DemoServer.start("FLASHKIT_STORE", redis.uri(), "FLASHKIT_SECRET", secret)) {
            HttpUser onA = new HttpUser(a);
            onA.post("/submit_item", Map.of("item_name", "tea"));
            HttpUser staleOnB = new HttpUser(b); // e.g. a second tab whose request raced the first one
            staleOnB.copyCookiesFrom(onA, a);

            HttpResponse<String> first = onA.get("/submit_item");
            HttpResponse<String> second = staleOnB.get("/submit_item");

            assertThat(Shown.in(first.body())).containsExactly(new Shown("success", "Item 'tea' added successfully!"));
            assertThat(Shown.in(second.body())).isEmpty();
            assertThat(onA.cookie("flashkit_messages")).isNull();
        }
    }

    @Test
    void redisStore_redisStopped_pagesAnswer503AndKeepTheCookie() throws Exception {
        String secret = randomSecret();
        LocalRedis redis = LocalRedis.start();
        try (DemoServer demo = DemoServer.start("FLASHKIT_STORE", redis.uri(), "FLASHKIT_SECRET", secret)) {
            HttpUser user = new HttpUser(demo);
            user.post("/login", Map.of("username", "test", "password", "password"));
            String cookie = user.cookie("flashkit_session");
            redis.close();

            HttpResponse<String> dashboard = user.get("/dashboard");
            HttpResponse<String> home = user.get("/");

            for (HttpResponse<String> page : List.of(dashboard, home)) {
                assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(page.body()).contains("temporarily unavailable");
                assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
            }
            assertThat(user.cookie("flashkit_session")).isEqualTo(cookie);
        } finally {
            redis.close();
        }
    }

    @Test
    void productionMode_strongSecret_servesPagesButNoDebugPage() {
        try (DemoServer server = DemoServer.start("FLASHKIT_ENV", "production", "FLASHKIT_SECRET", randomSecret())) {
            HttpUser user = new HttpUser(server);

            assertThat(user.get("/").statusCode()).isEqualTo(200);
            assertThat(user.get("/debug/session").statusCode()).isEqualTo(404);
            assertThat(user.get("/").body()).doesNotContain("/debug/session");
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
