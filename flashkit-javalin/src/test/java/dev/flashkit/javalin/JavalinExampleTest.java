package dev.flashkit.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.javalin.example.ItemsApp;
import dev.flashkit.test.TestSecrets;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example of docs/javalin.md runs as documented, and the page quotes it unchanged. */
class JavalinExampleTest {
    private static Javalin app;
    private static URI uri;

    @BeforeAll
    static void start() {
        app = ItemsApp.create(
                        FlashkitConfig.builder().secret(TestSecrets.random()).build())
                .start("127.0.0.1", 0);
        uri = URI.create("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void example_addItem_showsMessageOnceAndCountsInSession() {
        Browser browser = new Browser(uri);

        Browser.Page post = browser.postForm("/items", "name=Tea");
        Browser.Page page = browser.get("/items");
        Browser.Page reload = browser.get("/items");

        assertThat(post.status()).isEqualTo(303);
        assertThat(post.header("Location")).isEqualTo("/items");
        assertThat(page.body())
                .contains("class=\"alert alert-success alert-dismissible flashkit-message\" role=\"status\"")
                .contains("Item &#39;Tea&#39; added")
                .contains("<p>1 items added</p>");
        assertThat(reload.body()).doesNotContain("flashkit-message").contains("<p>1 items added</p>");
    }

    @Test
    void example_postWithoutName_flashesErrorAndAddsNothing() {
        Browser browser = new Browser(uri);

        Browser.Page post = browser.postForm("/items", "");
        Browser.Page page = browser.get("/items");

        assertThat(post.status()).isEqualTo(303);
        assertThat(page.body())
                .contains("class=\"alert alert-danger alert-dismissible flashkit-message\" role=\"alert\"")
                .contains("Enter the name of the item to add")
                .doesNotContain("null")
                .contains("<p>0 items added</p>");
    }

    @Test
    void example_postBlankName_flashesErrorAndAddsNothing() {
        Browser browser = new Browser(uri);

        browser.postForm("/items", "name=++");
        Browser.Page page = browser.get("/items");

        assertThat(page.body())
                .contains("Enter the name of the item to add")
                .doesNotContain("added</span>")
                .contains("<p>0 items added</p>");
    }

    @Test
    void docs_javalinPage_quotesTheTestedExample() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/javalin.md"), Path.of("src/test/java/dev/flashkit/javalin/example/ItemsApp.java"));
    }
}
