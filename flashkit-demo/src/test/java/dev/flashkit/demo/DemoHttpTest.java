package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every page and endpoint of the demo over real HTTP with a cookie jar (issue 5 §2 texts are the contract). */
class DemoHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DemoServer server;
    private HttpUser user;

    @BeforeAll
    static void start() {
        server = DemoServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newUser() {
        user = new HttpUser(server);
    }

    @Test
    void home_noMessages_showsFormAndNoMessageContainer() {
        HttpResponse<String> home = user.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("name=\"item_name\"").doesNotContain("data-flashkit-messages");
    }

    @Test
    void submitItem_name_redirects303AndShowsSuccessOnce() {
        HttpResponse<String> post = user.post("/submit_item", Map.of("item_name", "Tea"));

        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).hasValue("/submit_item");
        HttpResponse<String> shown = user.get("/submit_item");
        assertThat(Shown.in(shown.body())).containsExactly(new Shown("success", "Item 'Tea' added successfully!"));
        assertThat(shown.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(Shown.in(user.get("/submit_item").body())).isEmpty();
    }

    @Test
    void submitItem_blankName_flashesError() {
        HttpResponse<String> post = user.post("/submit_item", Map.of("item_name", "   "));

        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(Shown.in(user.get("/submit_item").body()))
                .containsExactly(new Shown("error", "Item name must not be empty."));
    }

    @Test
    void submitItem_markupInName_escapedInHtml() {
        user.post("/submit_item", Map.of("item_name", "<img src=x onerror=alert(1)>"));

        String page = user.get("/submit_item").body();

        assertThat(page).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void login_rightPassword_rotatesSessionAndWelcomesOnDashboard() {
        user.get("/set-session");
        String before = json(user.get("/debug/session")).get("id").asText();

        HttpResponse<String> post = user.post("/login", Map.of("username", "test", "password", "password"));

        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).hasValue("/dashboard");
        assertThat(json(user.get("/debug/session")).get("id").asText())
                .as("the session id changes at login (rotate), not only the cookie")
                .isNotEqualTo(before);
        String dashboard = user.get("/dashboard").body();
        assertThat(Shown.in(dashboard)).containsExactly(new Shown("success", "Welcome back, test!"));
        assertThat(dashboard).contains("id=\"dashboard-user\">test<");
        assertThat(json(user.get("/get-session")).get("key").asText()).isEqualTo("value");
    }

    @Test
    void login_wrongPassword_flashesErrorAndRedirectsToLogin() {
        HttpResponse<String> post = user.post("/login", Map.of("username", "test", "password", "nope"));

        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).hasValue("/login");
        assertThat(Shown.in(user.get("/login").body()))
                .containsExactly(new Shown("error", "Invalid username or password."));
    }

    @Test
    void dashboard_loggedOut_warnsAndRedirectsToLogin() {
        HttpResponse<String> dashboard = user.get("/dashboard");

        assertThat(dashboard.statusCode()).isEqualTo(303);
        assertThat(dashboard.headers().firstValue("Location")).hasValue("/login");
        assertThat(Shown.in(user.get("/login").body()))
                .containsExactly(new Shown("warning", "Please log in to view the dashboard."));
    }

    @Test
    void logout_loggedIn_invalidatesSessionAndSaysSo() {
        user.post("/login", Map.of("username", "test", "password", "password"));
        user.get("/dashboard");

        HttpResponse<String> logout = user.post("/logout", Map.of());

        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.headers().firstValue("Location")).hasValue("/");
        assertThat(Shown.in(user.get("/").body())).containsExactly(new Shown("info", "You have been logged out."));
        assertThat(user.get("/dashboard").statusCode()).isEqualTo(303);
    }

    @Test
    void getSession_beforeAndAfterSetSession_nullThenValue() {
        assertThat(json(user.get("/get-session")).get("key").isNull()).isTrue();

        HttpResponse<String> set = user.get("/set-session");

        assertThat(json(set).get("message").asText()).isEqualTo("Session data set");
        assertThat(json(user.get("/get-session")).get("key").asText()).isEqualTo("value");
    }

    @Test
    void levels_everyLevel_shownOnTheSamePageWithItsCss() {
        String page = user.get("/levels").body();

        assertThat(Shown.in(page))
                .extracting(Shown::level)
                .containsExactly("debug", "info", "success", "warning", "error", "notice");
        assertThat(page).contains("alert-secondary", "alert-info", "alert-success", "alert-warning", "alert-danger");
        assertThat(Shown.in(user.get("/").body()))
                .as("shown with now(): never stored")
                .isEmpty();
    }

    @Test
    void apiMessages_afterJsonPost_returnsPendingMessagesAndConsumesThem() {
        HttpResponse<String> post = user.post("/api/items", Map.of("item_name", "Tea"));
        assertThat(post.statusCode()).isEqualTo(201);

        JsonNode body = json(user.get("/api/messages"));

        assertThat(body.get("messages")).hasSize(1);
        JsonNode message = body.get("messages").get(0);
        assertThat(message.get("level").asText()).isEqualTo("success");
        assertThat(message.get("levelValue").asInt()).isEqualTo(25);
        assertThat(message.get("text").asText()).isEqualTo("Item 'Tea' added successfully!");
        assertThat(message.get("css").asText()).isEqualTo("success");
        assertThat(json(user.get("/api/messages")).get("messages")).isEmpty();
    }

    @Test
    void apiMessages_messageTargetedAtARedirect_waitsForThatPage() {
        user.post("/submit_item", Map.of("item_name", "Tea"));

        assertThat(json(user.get("/api/messages")).get("messages")).isEmpty();
        assertThat(Shown.in(user.get("/submit_item").body())).hasSize(1);
    }

    @Test
    void htmxPost_hxRequest_deliversMessagesInHxTrigger() throws Exception {
        HttpResponse<String> response = user.post("/htmx/items", Map.of("item_name", "Tea"), "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<li>Tea</li>");
        JsonNode trigger =
                JSON.readTree(response.headers().firstValue("HX-Trigger").orElseThrow());
        assertThat(trigger.at("/flashkit:messages/messages/0/text").asText())
                .isEqualTo("Item 'Tea' added successfully!");
        assertThat(Shown.in(user.get("/").body()))
                .as("delivered once, as a toast")
                .isEmpty();
    }

    @Test
    void htmxRedirect_hxRequest_keepsMessageForTheLandingPage() {
        HttpResponse<String> response = user.post("/htmx/redirect", Map.of(), "HX-Request", "true");

        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/");
        assertThat(response.headers().firstValue("HX-Trigger")).isEmpty();
        assertThat(Shown.in(user.get("/").body()))
                .containsExactly(new Shown("success", "Saved. This message followed the HX-Redirect."));
    }

    @Test
    void debugSession_development_showsKeysValuesAndCookieSizesButNoCookieValue() throws Exception {
        user.get("/set-session");
        String cookieValue = user.cookie(sessionCookie());

        HttpResponse<String> debug = user.get("/debug/session");

        JsonNode body = json(debug);
        assertThat(body.at("/data/key").asText()).isEqualTo("value");
        assertThat(body.at("/cookies/" + sessionCookie() + "/bytes").asInt()).isEqualTo(cookieValue.length());
        assertThat(debug.body()).doesNotContain(cookieValue);
    }

    @Test
    void staticAssets_servedFromJars_noCdn() {
        assertThat(user.get("/flashkit/flashkit.js").body()).contains("window.Flashkit");
        assertThat(user.get("/flashkit/flashkit.css").statusCode()).isEqualTo(200);
        assertThat(user.get("/webjars/bootstrap/5.3.8/css/bootstrap.min.css").statusCode())
                .isEqualTo(200);
        assertThat(user.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").statusCode())
                .isEqualTo(200);
        assertThat(user.get("/").body()).doesNotContain("https://cdn", "//unpkg", "jsdelivr");
    }

    private static String sessionCookie() {
        return "flashkit_session";
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
