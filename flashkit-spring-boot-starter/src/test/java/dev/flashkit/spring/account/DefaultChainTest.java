package dev.flashkit.spring.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.spring.example.ItemsApplication;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An application without a {@code SecurityFilterChain} of its own ({@link ItemsApplication} with Spring Security
 * on the class path) runs Spring Boot's default chain, and Flashkit is wired into that one too: the login page's CSRF
 * token lives in the Flashkit session.
 */
@SpringBootTest(
        classes = ItemsApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class DefaultChainTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
    }

    @Test
    void loginPage_springBootsDefaultChain_keepsTheCsrfTokenInTheFlashkitSession() {
        SignInBrowser browser = new SignInBrowser(URI.create("http://127.0.0.1:" + port));

        Browser.Page login = browser.get("/login");

        assertThat(login.body()).contains("name=\"_csrf\"");
        assertThat(browser.cookiesSet()).containsExactly("flashkit_session");
    }
}
