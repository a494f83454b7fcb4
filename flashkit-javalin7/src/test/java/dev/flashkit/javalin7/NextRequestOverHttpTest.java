package dev.flashkit.javalin7;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.javalin7.example.ItemsApp;
import dev.flashkit.messages.Level;
import dev.flashkit.test.NextRequest;
import dev.flashkit.test.TestSecrets;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code NextRequest.after(flashkit, httpResponse)} over real HTTP (the documented Javalin app): it continues from
 * the cookies the request sent, and a failed assertion names the response's status and redirect, so a refused
 * request does not read as "no messages".
 */
class NextRequestOverHttpTest {
    private final FlashkitConfig config =
            FlashkitConfig.builder().secret(TestSecrets.random()).build();
    private final Flashkit flashkit = Flashkit.create(config);
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        app = ItemsApp.create(config).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> post(String form, String cookieHeader) throws Exception {
        return send(
                HttpRequest.newBuilder(uri("/items"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString(form)),
                cookieHeader);
    }

    private HttpResponse<String> get(String path, String cookieHeader) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)), cookieHeader);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookieHeader) throws Exception {
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    @Test
    void after_responseLeavingTheSessionAlone_keepsTheCookiesTheRequestSent() throws Exception {
        NextRequest added = NextRequest.after(flashkit, post("name=widget", ""));
        HttpResponse<String> page = get("/items", added.cookieHeader());

        NextRequest next = NextRequest.after(flashkit, page);

        assertThat(page.body()).contains("Item &#39;widget&#39; added");
        assertThat(next.session()).containsEntry("count", 1L);
        assertThat(next).hasNoMessages();
        assertThat(NextRequest.after(flashkit, post("name=gadget", next.cookieHeader()))
                        .session())
                .containsEntry("count", 2L);
    }

    @Test
    void assertThat_failingAfterARedirect_namesStatusAndLocation() throws Exception {
        NextRequest next = NextRequest.after(flashkit, post("name=", ""));

        assertThatThrownBy(() -> assertThat(next).hasMessage(Level.SUCCESS, "Item '' added"))
                .hasMessageContaining("Expected the next request (after a response with status 303, redirect to"
                        + " /items) to carry a success message 'Item '' added' but it carried"
                        + " [error:Enter the name of the item to add@/items]");
        assertThat(next.toString()).startsWith("NextRequest[after status 303, redirect to /items, ");
    }

    @Test
    void assertThat_failingAfterAnError_namesTheStatus() throws Exception {
        NextRequest next = NextRequest.after(flashkit, get("/nowhere", ""));

        assertThatThrownBy(() -> assertThat(next).hasMessage(Level.SUCCESS, "Item 'widget' added"))
                .hasMessageContaining("Expected the next request (after a response with status 404) to carry a"
                        + " success message 'Item 'widget' added' but it carried []");
    }
}
