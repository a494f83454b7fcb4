package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.spring.scenario.ScenarioApplication;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code flashkit.session.store=http-session} keeps sessions in Tomcat's HttpSession behind a short id cookie. */
class SpringHttpSessionStoreTest {
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        app = SpringScenarioTest.run(
                ScenarioApplication.class,
                "flashkit.secret=" + TestSecrets.random(),
                "flashkit.session.store=http-session");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void session_inHttpSession_survivesRedirectAndRotatesContainerIdOnLogin() {
        Browser browser = new Browser(SpringScenarioTest.uri(app));

        Browser.Page post = browser.post("/session?key=cart&value=3");
        String containerId = browser.cookie("JSESSIONID");
        browser.post("/login?user=ada");
        Browser.Page page = browser.get("/session");

        assertThat(post.setCookie("flashkit_session").value()).hasSizeLessThan(64);
        assertThat(containerId).isNotNull();
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(containerId);
        assertThat(page.body()).contains("cart=3").contains("user=ada");
    }

    @Test
    void messages_withHttpSessionStore_postRedirectGetShowsOnce() {
        Browser browser = new Browser(SpringScenarioTest.uri(app));

        browser.post("/items?name=tea");
        Browser.Page page = browser.get("/items");
        Browser.Page reload = browser.get("/items");

        assertThat(page.body()).contains("success|success|Item 'tea' added");
        assertThat(reload.body()).doesNotContain("Item 'tea' added");
    }
}
