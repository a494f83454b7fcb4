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

/** The {@code flashkit.security.messages.*} properties set the texts. */
@SpringBootTest(
        classes = AccountApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "flashkit.security.messages.login-failure=Wrong name or password, try again.",
            "flashkit.security.messages.login-success=Welcome back."
        })
class SecurityMessageTextsTest {
    static final String PASSWORD = UUID.randomUUID().toString();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
        registry.add("account.password", () -> PASSWORD);
    }

    @Test
    void login_configuredTexts_areFlashed() {
        SignInBrowser browser = new SignInBrowser(URI.create("http://127.0.0.1:" + port));
        browser.get("/account");

        Browser.Page failed = browser.signIn("ada", "not the password");
        Browser.Page loginPage = browser.get(failed.header("Location"));
        Browser.Page login = browser.signIn("ada", PASSWORD);
        Browser.Page account = browser.get(login.header("Location"));

        assertThat(loginPage.body()).contains("Wrong name or password, try again.");
        assertThat(account.body()).contains("Welcome back.").doesNotContain("You are signed in.");
    }
}
