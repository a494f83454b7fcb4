package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.redis.RedisSessionStore;
import dev.flashkit.redis.SpringTestRedis;
import dev.flashkit.spring.reactive.ReactiveScenarioApplication;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code flashkit.session.store=redis} in a Spring Boot WebFlux application: the same auto-configuration as on the
 * servlet stack connects where {@code spring.data.redis.*} point, and the filter keeps sessions and flash messages
 * there on the non-blocking path.
 */
class SpringWebFluxRedisTest {
    private static SpringTestRedis redis;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        redis = SpringTestRedis.start();
        app = ReactiveApps.run(
                ReactiveScenarioApplication.class,
                "flashkit.secret=" + TestSecrets.random(),
                "flashkit.session.store=redis",
                "spring.data.redis.host=127.0.0.1",
                "spring.data.redis.port=" + redis.port());
    }

    @AfterAll
    static void stop() {
        app.close();
        redis.close();
    }

    @Test
    void redisStore_onWebFlux_keepsSessionAndShowsFlashOnce() {
        Browser browser = new Browser(ReactiveApps.uri(app));

        Browser.Page post = browser.post("/reactive/notes?text=tea");
        Browser.Page page = browser.get("/reactive/notes");
        Browser.Page reload = browser.get("/reactive/notes");

        assertThat(app.getBean(Flashkit.class).sessionStore()).isInstanceOf(RedisSessionStore.class);
        assertThat(post.status()).isEqualTo(303);
        assertThat(browser.cookie("flashkit_session")).hasSizeLessThan(100); // an id: the data is in Redis
        assertThat(page.body()).contains("Note &#39;tea&#39; saved").contains("<p>1 notes</p>");
        assertThat(reload.body()).doesNotContain("flashkit-message").contains("<p>1 notes</p>");
    }
}
