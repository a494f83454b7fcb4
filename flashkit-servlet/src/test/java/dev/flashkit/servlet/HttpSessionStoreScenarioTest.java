package dev.flashkit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.AdapterScenarios;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.Test;

/** The shared adapter scenarios with sessions kept in the container's HttpSession ({@link HttpSessionStore}). */
class HttpSessionStoreScenarioTest extends AdapterScenarios {
    private JettyServer installed;
    private JettyServer bare;

    @Override
    protected Servers start() throws Exception {
        Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(HttpSessionStore.create())
                .build());
        installed = JettyServer.start(new FlashkitFilter(flashkit), new ScenarioServlet(), true);
        bare = JettyServer.start(null, new ScenarioServlet(), true);
        return new Servers(installed.uri(), bare.uri());
    }

    @Override
    public boolean sessionInCookie() {
        return false;
    }

    @Override
    protected void stop() throws Exception {
        installed.close();
        bare.close();
    }

    @Test
    void save_withHttpSessionStore_cookieCarriesOnlyAnIdAndContainerSessionExists() {
        Browser browser = browser();

        Browser.Page post = browser.post("/session?key=cart&value=a-long-value-that-would-otherwise-be-sealed");

        assertThat(post.setCookie(SESSION_COOKIE).value()).hasSizeLessThan(64);
        assertThat(browser.cookie("JSESSIONID")).isNotNull();
        assertThat(browser.get("/session").body()).contains("cart=a-long-value-that-would-otherwise-be-sealed");
    }

    @Test
    void rotate_withHttpSessionStore_alsoChangesContainerSessionId() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");
        String containerIdBefore = browser.cookie("JSESSIONID");

        browser.post("/login?user=ada");

        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(containerIdBefore);
        assertThat(browser.get("/session").body()).contains("user=ada").contains("cart=3");
    }
}
