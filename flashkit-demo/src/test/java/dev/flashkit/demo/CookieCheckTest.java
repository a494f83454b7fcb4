package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cookies-disabled hint (issue 15 item 5, docs/troubleshooting.md): a form POST that comes back without the
 * cookie its page set gets a hint instead of a redirect whose flash message would be lost.
 */
class CookieCheckTest {

    private static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void submitItem_browserWithCookiesDisabled_showsTheHintInsteadOfRedirecting() {
        HttpUser user = HttpUser.withoutCookies(server);
        HttpResponse<String> form = user.get("/submit_item");

        HttpResponse<String> post = user.post("/submit_item", Map.of(CookieCheck.FIELD, "1", "item_name", "tea"));

        assertThat(form.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(CookieCheck.COOKIE + "="));
        assertThat(form.body()).contains("name=\"" + CookieCheck.FIELD + "\"");
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(post.headers().firstValue("Location")).isEmpty();
        assertThat(post.body()).contains("id=\"cookies-disabled\"", "did not send back the cookie");
    }

    @Test
    void login_browserWithCookiesDisabled_showsTheHint() {
        HttpUser user = HttpUser.withoutCookies(server);
        HttpResponse<String> form = user.get("/login");

        HttpResponse<String> post =
                user.post("/login", Map.of(CookieCheck.FIELD, "1", "username", "test", "password", "password"));

        assertThat(form.body()).contains("name=\"" + CookieCheck.FIELD + "\"");
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(post.body()).contains("id=\"cookies-disabled\"");
    }

    @Test
    void submitItem_browserWithCookies_redirectsAndShowsTheMessage() {
        HttpUser user = new HttpUser(server);
        user.get("/submit_item");

        HttpResponse<String> post = user.post("/submit_item", Map.of(CookieCheck.FIELD, "1", "item_name", "tea"));

        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(Shown.in(user.get("/submit_item").body()))
                .containsExactly(new Shown("success", "Item 'tea' added successfully!"));
    }

    /**
     * A failed login flashes an error, the login page displays it and deletes the messages cookie: the next POST
     * must still carry a cookie (the test cookie the first form page set).
     */
    @Test
    void login_wrongThenRight_noHintOnceTheErrorWasShown() {
        HttpUser user = new HttpUser(server);
        user.get("/dashboard"); // flashes a warning: the messages cookie is the only cookie
        user.get("/login"); // shows the warning and deletes that cookie

        HttpResponse<String> wrong =
                user.post("/login", Map.of(CookieCheck.FIELD, "1", "username", "test", "password", "wrong"));
        user.get("/login");
        HttpResponse<String> right =
                user.post("/login", Map.of(CookieCheck.FIELD, "1", "username", "test", "password", "password"));

        assertThat(wrong.statusCode()).isEqualTo(303);
        assertThat(wrong.headers().firstValue("Location")).hasValue("/login");
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).hasValue("/dashboard");
    }

    @Test
    void formPage_newVisitor_startsNoSession() {
        HttpResponse<String> form = HttpUser.withoutCookies(server).get("/");

        assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("flashkit_session="));
    }

    @Test
    void submitItem_clientThatNeverLoadedTheForm_isNotHinted() {
        HttpResponse<String> post = HttpUser.withoutCookies(server).post("/submit_item", Map.of("item_name", "tea"));

        assertThat(post.statusCode()).isEqualTo(303);
    }
}
