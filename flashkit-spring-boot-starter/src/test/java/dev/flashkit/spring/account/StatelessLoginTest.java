package dev.flashkit.spring.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * The documented sample ({@link AccountApplication}) on Tomcat with its documented properties ({@code
 * account/application.properties}: {@code flashkit.security.stateless-login=true}): a failed and a successful
 * login, a CSRF-protected form post and logout run with no server-side session at all — the login and the CSRF
 * token live in the sealed Flashkit cookie, and no response ever sets {@code JSESSIONID}.
 */
@SpringBootTest(
        classes = AccountApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
@TestPropertySource(locations = "classpath:account/application.properties")
class StatelessLoginTest extends AccountServerTest {
    @Autowired
    Flashkit flashkit;

    @Test
    void loginFormPostLogout_statelessLogin_neverSetsJsessionid() {
        SignInBrowser browser = browser();

        Browser.Page askedFor = browser.get("/account");
        Browser.Page failed = browser.signIn("ada", "not the password");
        Browser.Page loginPage = browser.get(failed.header("Location"));
        Browser.Page login = browser.signIn("ada", PASSWORD);
        Browser.Page account = browser.get(login.header("Location"));
        Browser.Page saved = browser.submit("/account", "/account/note", "note", "Buy tea");
        Browser.Page withNote = browser.get("/account");
        Browser.Page logout = browser.submit("/account", "/logout");
        Browser.Page afterLogout = browser.get("/account");

        assertThat(askedFor.status()).isEqualTo(302);
        assertThat(loginPage.body()).contains("Invalid username or password.");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).as("back to the page asked for").endsWith("/account");
        assertThat(account.body()).contains("Signed in as <span>ada</span>").contains("You are signed in.");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(withNote.body()).contains("Note saved.").contains("Your note: <span>Buy tea</span>");
        assertThat(logout.status()).isEqualTo(302);
        assertThat(afterLogout.status()).as("signed out").isEqualTo(302);
        assertThat(browser.cookiesSet()).contains("flashkit_session").doesNotContain("JSESSIONID");
    }

    @Test
    void login_statelessLogin_keepsThePrincipalAsJsonInTheSealedSession() {
        SignInBrowser browser = browser();

        browser.signIn("ada", PASSWORD);

        Map<String, Object> login = browser.next(flashkit).session().entrySet().stream()
                .filter(e -> e.getKey().equals("_flashkit.login"))
                .map(e -> asMap(e.getValue()))
                .findFirst()
                .orElseThrow();
        assertThat(login)
                .containsEntry("name", "ada")
                .containsEntry("authorities", List.of("ROLE_USER"))
                .containsEntry("type", "UsernamePasswordAuthenticationToken")
                .containsKey("issuedAt")
                .doesNotContainKey("password");
        assertThat(browser.cookiesSet()).doesNotContain("JSESSIONID");
    }

    @Test
    void login_afterTheBrowserAlsoAskedForTheFavicon_returnsToThePageAskedFor() {
        SignInBrowser browser = browser();
        browser.get("/account");
        browser.get("/favicon.ico");

        Browser.Page login = browser.signIn("ada", PASSWORD);

        assertThat(login.header("Location")).endsWith("/account");
    }

    @Test
    void account_withTheSessionCookieOfAnotherBrowser_isSignedIn() {
        SignInBrowser ada = browser();
        ada.signIn("ada", PASSWORD);
        Browser other = new Browser(base());
        other.setCookie("flashkit_session", ada.cookie("flashkit_session"));

        Browser.Page account = other.get("/account");

        assertThat(account.status()).as("the login travels in the cookie alone").isEqualTo(200);
        assertThat(account.body()).contains("Signed in as <span>ada</span>");
    }

    @Test
    void springBootDoc_securitySection_showsTheSample() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/spring-boot.md"),
                Path.of("src/test/java/dev/flashkit/spring/account/AccountApplication.java"),
                Path.of("src/test/resources/templates/account.html"),
                Path.of("src/test/resources/account/application.properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
