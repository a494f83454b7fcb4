package dev.flashkit.spring.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The {@code flashkit.security.messages.*} properties set the texts. */
@SpringBootTest(
        classes = AccountApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "flashkit.security.messages.login-failure=Wrong name or password, try again.",
            "flashkit.security.messages.login-success=Welcome back."
        })
class SecurityMessageTextsTest extends AccountServerTest {

    @Test
    void login_configuredTexts_areFlashed() {
        SignInBrowser browser = browser();
        browser.get("/account");

        Browser.Page failed = browser.signIn("ada", "not the password");
        Browser.Page loginPage = browser.get(failed.header("Location"));
        Browser.Page login = browser.signIn("ada", PASSWORD);
        Browser.Page account = browser.get(login.header("Location"));

        assertThat(loginPage.body()).contains("Wrong name or password, try again.");
        assertThat(account.body()).contains("Welcome back.").doesNotContain("You are signed in.");
    }
}
