package dev.flashkit.spring.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code flashkit.security.enabled=false} leaves Spring Security as it is: the CSRF token goes back into the
 * HttpSession ({@code JSESSIONID}) and nothing is flashed on login.
 */
@SpringBootTest(
        classes = AccountApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "flashkit.security.enabled=false"})
class SecurityOptOutTest {
    static final String PASSWORD = UUID.randomUUID().toString();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
        registry.add("account.password", () -> PASSWORD);
    }

    @Test
    void loginPage_securityIntegrationOff_keepsTheCsrfTokenInJsessionid() {
        SignInBrowser browser = new SignInBrowser(URI.create("http://127.0.0.1:" + port));

        browser.get("/login");

        assertThat(browser.cookiesSet()).contains("JSESSIONID");
    }

    @Test
    void login_securityIntegrationOff_flashesNothing() {
        SignInBrowser browser = new SignInBrowser(URI.create("http://127.0.0.1:" + port));
        browser.get("/account");

        Browser.Page login = browser.signIn("ada", PASSWORD);
        Browser.Page account = browser.get(login.header("Location"));

        assertThat(account.body()).contains("Signed in as <span>ada</span>").doesNotContain("You are signed in.");
    }
}
