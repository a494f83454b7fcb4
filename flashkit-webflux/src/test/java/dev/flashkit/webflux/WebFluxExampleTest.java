package dev.flashkit.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.webflux.example.FlashkitConfiguration;
import dev.flashkit.webflux.example.ItemsController;
import dev.flashkit.webflux.example.NotesRoutes;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/webflux.md runs on Reactor Netty as documented (without Spring Boot): controller arguments,
 * functional routes, 303 redirects with the message on the next page.
 */
class WebFluxExampleTest {
    private static WebFluxServer server;

    @BeforeAll
    static void start() {
        server = WebFluxServer.start(null, FlashkitConfiguration.class, ItemsController.class, NotesRoutes.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void example_addItem_showsMessageOnceAndCountsInSession() {
        Browser browser = new Browser(server.uri());

        Browser.Page post = browser.postForm("/items", "name=%3Cb%3ETea%3C/b%3E");
        Browser.Page page = browser.get(post.header("Location"));
        Browser.Page reload = browser.get("/items");

        assertThat(post.status()).isEqualTo(303);
        assertThat(post.header("Location")).isEqualTo("/items");
        assertThat(page.body())
                .contains("class=\"alert alert-success alert-dismissible flashkit-message\" role=\"status\"")
                .contains("Item &#39;&lt;b&gt;Tea&lt;/b&gt;&#39; added")
                .contains("<p>1 items added</p>");
        assertThat(reload.body()).doesNotContain("flashkit-message").contains("<p>1 items added</p>");
    }

    @Test
    void example_postWithoutName_flashesErrorAndAddsNothing() {
        Browser browser = new Browser(server.uri());

        Browser.Page post = browser.postForm("/items", "name=");
        Browser.Page page = browser.get("/items");

        assertThat(post.status()).isEqualTo(303);
        assertThat(page.body()).contains("Enter the name of the item to add").contains("<p>0 items added</p>");
    }

    @Test
    void docs_webfluxPage_quotesTheTestedExample() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/webflux.md"),
                Path.of("src/test/java/dev/flashkit/webflux/example/FlashkitConfiguration.java"),
                Path.of("src/test/java/dev/flashkit/webflux/example/ItemsController.java"),
                Path.of("src/test/java/dev/flashkit/webflux/example/NotesRoutes.java"));
    }

    @Test
    void example_functionalRoute_redirectsWith303AndShowsMessageOnce() {
        Browser browser = new Browser(server.uri());

        Browser.Page post = browser.post("/notes");
        Browser.Page page = browser.get("/notes");
        Browser.Page reload = browser.get("/notes");

        assertThat(post.status()).isEqualTo(303);
        assertThat(post.setCookie("flashkit_session")).isNotNull();
        assertThat(page.body()).contains("Note saved");
        assertThat(reload.body()).doesNotContain("Note saved");
    }
}
