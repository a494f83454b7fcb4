package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.spring.security.SecuredApplication;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The starter registers FlashkitFilter before Spring Security's chain, so security handlers can use Flashkit. */
class SecurityOrderTest {
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(SecuredApplication.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        "flashkit.secret=" + TestSecrets.random())
                .run();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void authenticationEntryPoint_usingFlashkitSession_isSavedAcrossRedirectToLogin() {
        Browser browser = new Browser(SpringScenarioTest.uri(app));

        Browser.Page denied = browser.get("/account");
        Browser.Page login = browser.get("/login");

        assertThat(denied.status()).isEqualTo(302);
        assertThat(login.body()).isEqualTo("login, then back to /account");
    }
}
