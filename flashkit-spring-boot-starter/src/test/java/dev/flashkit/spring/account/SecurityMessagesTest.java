package dev.flashkit.spring.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The sample ({@link AccountApplication}) on Tomcat with the default settings: the login, logout and access-denied
 * messages, shown by the sample's page and by the login and logout pages Spring Security generates, each exactly
 * once.
 */
@SpringBootTest(
        classes = AccountApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class SecurityMessagesTest extends AccountServerTest {

    @Test
    void login_wrongPassword_generatedLoginPageShowsTheFailureMessage() {
        SignInBrowser browser = browser();

        Browser.Page failed = browser.signIn("ada", "not the password");
        Browser.Page page = browser.get(failed.header("Location"));
        Browser.Page reload = browser.get("/login");

        assertThat(failed.status()).isEqualTo(302);
        assertThat(page.body()).contains("Invalid username or password.").contains("name=\"username\"");
        assertThat(reload.body()).doesNotContain("Invalid username or password.");
        assertThat(browser.cookiesSet()).doesNotContain("JSESSIONID");
    }

    @Test
    void login_rightPassword_nextPageShowsTheSuccessMessageOnce() {
        SignInBrowser browser = browser();
        browser.get("/account");

        Browser.Page login = browser.signIn("ada", PASSWORD);
        Browser.Page account = browser.get(login.header("Location"));
        Browser.Page reload = browser.get("/account");

        assertThat(account.body()).contains("You are signed in.");
        assertThat(reload.body()).doesNotContain("You are signed in.");
    }

    @Test
    void logout_generatedLoginPage_showsTheLogoutMessageOnce() {
        SignInBrowser browser = browser();
        browser.signIn("ada", PASSWORD);

        Browser.Page logout = browser.submit("/account", "/logout");
        Browser.Page page = browser.get(logout.header("Location"));

        assertThat(logout.header("Location")).endsWith("/login?logout");
        assertThat(page.body().split("signed out", -1)).as(page.body()).hasSize(2);
        assertThat(page.body()).contains("You have been signed out.");
    }

    @Test
    void adminPage_signedInWithoutTheRole_isDeniedAndTheNextPageSaysSo() {
        SignInBrowser browser = browser();
        browser.signIn("ada", PASSWORD);
        browser.get("/account");

        Browser.Page denied = browser.get("/admin");
        Browser.Page next = browser.get("/account");

        assertThat(denied.status()).isEqualTo(403);
        assertThat(next.body()).contains("You do not have access to that page.");
    }

    @Test
    void generatedLogoutPage_withAPendingMessage_showsIt() {
        SignInBrowser browser = browser();
        browser.signIn("ada", PASSWORD);
        browser.get("/account");
        browser.get("/admin");

        Browser.Page logoutPage = browser.get("/logout");

        assertThat(logoutPage.body())
                .contains("Are you sure you want to log out?")
                .contains("You do not have access to that page.");
    }

    @Test
    void adminPage_askedForAsJson_isDeniedWithoutAMessage() {
        SignInBrowser browser = browser();
        browser.signIn("ada", PASSWORD);
        browser.get("/account");

        Browser.Page denied = browser.get("/admin", "application/json");

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.setCookie("flashkit_messages")).isNull();
    }

    @Test
    void loginPage_signedOut_keepsTheCsrfTokenInTheFlashkitSession() {
        SignInBrowser browser = browser();

        Browser.Page page = browser.get("/login");

        assertThat(page.body()).contains("name=\"_csrf\"");
        assertThat(browser.cookiesSet()).containsExactly("flashkit_session");
    }
}
