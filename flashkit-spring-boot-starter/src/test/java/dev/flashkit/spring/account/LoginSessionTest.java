package dev.flashkit.spring.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.session.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Flashkit session across a login and a logout of the sample ({@link AccountApplication}) on Tomcat: a login
 * rotates it (an id planted before the login is worthless afterwards), a logout invalidates it.
 */
@SpringBootTest(
        classes = {AccountApplication.class, LoginSessionTest.SessionIdEndpoint.class},
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class LoginSessionTest extends AccountServerTest {
    @Autowired
    Flashkit flashkit;

    /** {@code /session-id}: outside Spring Security, answers the Flashkit session's id (and saves the session). */
    @Configuration(proxyBeanMethods = false)
    static class SessionIdEndpoint {
        @Bean
        WebSecurityCustomizer sessionIdOutsideSecurity() {
            return web -> web.ignoring().requestMatchers("/session-id");
        }

        @RestController
        static class Ids {
            @GetMapping("/session-id")
            String id(Session session) {
                session.put("visited", true);
                return session.id();
            }
        }
    }

    @Test
    void login_success_rotatesTheFlashkitSession() {
        SignInBrowser browser = browser();
        String before = browser.get("/session-id").body();

        Browser.Page login = browser.signIn("ada", PASSWORD);
        String after = browser.get("/session-id").body();

        assertThat(login.status()).isEqualTo(302);
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.next(flashkit).session())
                .as("rotation keeps the values")
                .containsKey("visited");
    }

    @Test
    void logout_invalidatesTheFlashkitSession() {
        SignInBrowser browser = browser();
        browser.signIn("ada", PASSWORD);
        browser.submit("/account", "/account/note", "note", "Buy tea");
        String before = browser.get("/session-id").body();

        Browser.Page logout = browser.submit("/account", "/logout");

        assertThat(logout.status()).isEqualTo(302);
        assertThat(browser.next(flashkit).session()).doesNotContainKeys("note", "visited");
        assertThat(browser.get("/session-id").body()).isNotEqualTo(before);
    }
}
