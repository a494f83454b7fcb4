package dev.flashkit.spring.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * {@code flashkit.security.enabled=false} leaves Spring Security as it is: the CSRF token goes back into the
 * HttpSession ({@code JSESSIONID}) and nothing is flashed on login.
 */
@SpringBootTest(
        classes = AccountApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "flashkit.security.enabled=false"})
class SecurityOptOutTest extends AccountServerTest {

    @Test
    void loginPage_securityIntegrationOff_keepsTheCsrfTokenInJsessionid() {
        SignInBrowser browser = browser();

        browser.get("/login");

        assertThat(browser.cookiesSet()).contains("JSESSIONID");
    }

    @Test
    void login_securityIntegrationOff_flashesNothing() {
        SignInBrowser browser = browser();
        browser.get("/account");

        Browser.Page login = browser.signIn("ada", PASSWORD);
        Browser.Page account = browser.get(login.header("Location"));

        assertThat(account.body()).contains("Signed in as <span>ada</span>").doesNotContain("You are signed in.");
    }
}
