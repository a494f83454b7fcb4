package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.SessionMessageStorage;
import dev.flashkit.redis.RedisSessionStore;
import dev.flashkit.redis.SpringTestRedis;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spring.scenario.ScenarioApplication;
import dev.flashkit.test.TestSecrets;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code flashkit.session.store=redis} connects where Spring Boot's {@code spring.data.redis.*} point — host, port,
 * username, password, database, URL, Sentinel — and keeps sessions and flash messages there: a real redis-server
 * behind embedded Tomcat, two application instances sharing it.
 */
class SpringRedisStoreTest {
    /** An ACL user whose password needs escaping in a URI. */
    private static final String USER = "flashapp";

    private static final String PASSWORD = "p@ss:w/rd %+#";
    /** The documented application.properties, in place of the application's own. */
    private static final String DOCUMENTED = "classpath:/redis/";

    private static SpringTestRedis redis;

    @BeforeAll
    static void start() {
        redis = SpringTestRedis.start();
        try (RedisClient client = RedisClient.create("redis://127.0.0.1:" + redis.port());
                StatefulRedisConnection<String, String> c = client.connect()) {
            c.sync()
                    .aclSetuser(
                            USER,
                            io.lettuce.core.AclSetuserArgs.Builder.on()
                                    .addPassword(PASSWORD)
                                    .allKeys()
                                    .allChannels()
                                    .allCommands());
        }
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void redisStore_springDataRedisProperties_sessionAndMessagesSharedByTwoInstances() {
        String secret = TestSecrets.random();
        String[] redisProperties = {
            "spring.data.redis.host=127.0.0.1",
            "spring.data.redis.port=" + redis.port(),
            "spring.data.redis.username=" + USER,
            "spring.data.redis.password=" + PASSWORD,
            "spring.data.redis.database=3"
        };
        try (ConfigurableApplicationContext a = app(secret, redisProperties);
                ConfigurableApplicationContext b = app(secret, redisProperties)) {
            Browser onA = new Browser(SpringScenarioTest.uri(a));
            Browser onB = new Browser(SpringScenarioTest.uri(b));

            Browser.Page saved = onA.post("/session?key=cart&value=3");
            Browser.Page added = onA.post("/items?name=tea");
            onB.setCookie("flashkit_session", onA.cookie("flashkit_session"));

            assertThat(saved.setCookie("flashkit_session").value()).hasSizeLessThan(64); // an id, not sealed data
            assertThat(added.setCookies()).noneMatch(c -> c.name().equals("flashkit_messages")); // waits in Redis
            assertThat(onB.get("/session").body()).contains("cart=3");
            assertThat(onB.get("/items").body()).contains("Item 'tea' added");
            assertThat(onA.get("/items").body()).doesNotContain("Item 'tea' added"); // shown exactly once
            assertThat(keysInDatabase(3)).isNotEmpty();
            assertThat(a.getBean(Flashkit.class).config().session().store()).isInstanceOf(RedisSessionStore.class);
        }
    }

    @Test
    void redisStore_springDataRedisUrl_connectsWithItsCredentialsAndDatabase() {
        String url = "redis://" + USER + ":" + encode(PASSWORD) + "@127.0.0.1:" + redis.port() + "/5";
        try (ConfigurableApplicationContext app = app(TestSecrets.random(), "spring.data.redis.url=" + url)) {
            Browser browser = new Browser(SpringScenarioTest.uri(app));

            browser.post("/items?name=jam");

            assertThat(browser.get("/items").body()).contains("Item 'jam' added");
            assertThat(keysInDatabase(5)).isNotEmpty();
        }
    }

    @Test
    void documentedFile_urlFromTheEnvironment_keepsMessagesInRedis() {
        String url = "redis://" + USER + ":" + encode(PASSWORD) + "@127.0.0.1:" + redis.port() + "/6";
        try (ConfigurableApplicationContext app = app(
                TestSecrets.random(),
                "spring.config.location=" + DOCUMENTED,
                "FLASHKIT_SECRET=" + TestSecrets.random(),
                "REDIS_URL=" + url)) {
            Browser browser = new Browser(SpringScenarioTest.uri(app));

            Browser.Page added = browser.post("/items?name=oats");

            assertThat(added.setCookies()).noneMatch(c -> c.name().equals("flashkit_messages"));
            assertThat(browser.get("/items").body()).contains("Item 'oats' added");
            assertThat(keysInDatabase(6)).isNotEmpty();
        }
    }

    @Test
    void docs_springBootPage_quotesTheTestedFile() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/spring-boot.md"), Path.of("src/test/resources/redis/application.properties"));
    }

    @Test
    void redisStore_springDataRedisSentinel_connectsToTheWatchedPrimary() {
        try (SpringTestRedis primary = SpringTestRedis.start();
                SpringTestRedis sentinel = primary.sentinel();
                ConfigurableApplicationContext app = app(
                        TestSecrets.random(),
                        "spring.data.redis.sentinel.master=mymaster",
                        "spring.data.redis.sentinel.nodes=127.0.0.1:" + sentinel.port())) {
            Browser browser = new Browser(SpringScenarioTest.uri(app));

            browser.post("/session?key=cart&value=7");
            browser.post("/items?name=rice");

            assertThat(browser.get("/session").body()).contains("cart=7");
            assertThat(browser.get("/items").body()).contains("Item 'rice' added");
            assertThat(keys(primary.port(), 0)).isNotEmpty();
        }
    }

    @Test
    void redisStore_applicationSessionStoreBean_wins() {
        try (ConfigurableApplicationContext app = app(TestSecrets.random(), OwnStores.class)) {
            Flashkit flashkit = app.getBean(Flashkit.class);

            assertThat(flashkit.config().session().store()).isSameAs(app.getBean(SessionStore.class));
            assertThat(app.getBeansOfType(RedisSessionStore.class)).isEmpty();
        }
    }

    @Test
    void redisStore_applicationMessageStorageBean_winsOverRedisMessages() {
        try (ConfigurableApplicationContext app = app(
                TestSecrets.random(),
                OwnMessageStorage.class,
                "spring.data.redis.port=" + redis.port(),
                "spring.data.redis.username=" + USER,
                "spring.data.redis.password=" + PASSWORD)) {
            Flashkit flashkit = app.getBean(Flashkit.class);

            assertThat(flashkit.config().session().store()).isInstanceOf(RedisSessionStore.class);
            assertThat(flashkit.config().messages().storage()).isSameAs(SessionMessageStorage.create());
        }
    }

    /** The application's own session store. */
    @Configuration(proxyBeanMethods = false)
    static class OwnStores {
        @Bean
        SessionStore sessionStore() {
            return MemorySessionStore.create(10);
        }
    }

    /** The application's own message storage. */
    @Configuration(proxyBeanMethods = false)
    static class OwnMessageStorage {
        @Bean
        MessageStorage messageStorage() {
            return SessionMessageStorage.create();
        }
    }

    private static ConfigurableApplicationContext app(String secret, String... properties) {
        return app(secret, null, properties);
    }

    private static ConfigurableApplicationContext app(String secret, Class<?> extra, String... properties) {
        List<Class<?>> sources = new ArrayList<>(List.of(ScenarioApplication.class));
        if (extra != null) {
            sources.add(extra);
        }
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        SpringScenarioTest.NO_SECURITY)
                .properties("flashkit.secret=" + secret, "flashkit.session.store=redis")
                .properties(properties)
                .run();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> keysInDatabase(int database) {
        return keys(redis.port(), database);
    }

    private static List<String> keys(int port, int database) {
        try (RedisClient client = RedisClient.create("redis://127.0.0.1:" + port + "/" + database);
                StatefulRedisConnection<String, String> c = client.connect()) {
            return c.sync().keys("*");
        }
    }
}
