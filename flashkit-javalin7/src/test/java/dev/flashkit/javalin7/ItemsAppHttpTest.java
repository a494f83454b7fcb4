package dev.flashkit.javalin7;

// tag::docs[]
import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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

class ItemsAppHttpTest {
    private final FlashkitConfig config =
            FlashkitConfig.builder().secret(TestSecrets.random()).build();
    private final Flashkit flashkit = Flashkit.create(config); // the app's config: it opens the app's cookies
    private final HttpClient http = HttpClient.newHttpClient(); // follows no redirects
    private Javalin app;

    @BeforeEach
    void start() {
        app = ItemsApp.create(config).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    @Test
    void add_overHttp_flashesOnceAndCounts() throws Exception {
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(uri("/items"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("name=widget"))
                        .build(),
                BodyHandlers.ofString());

        NextRequest next = NextRequest.after(flashkit, post); // its Set-Cookie headers, opened
        assertThat(next).hasMessage(Level.SUCCESS, "Item 'widget' added").allTargeting("/items");
        assertThat(next.session()).containsEntry("count", 1L);

        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(uri("/items"))
                        .header("Cookie", next.cookieHeader())
                        .build(),
                BodyHandlers.ofString());

        assertThat(page.body()).contains("Item &#39;widget&#39; added");
        assertThat(NextRequest.after(flashkit, page)).hasNoMessages(); // shown once
    }
}
// end::docs[]
