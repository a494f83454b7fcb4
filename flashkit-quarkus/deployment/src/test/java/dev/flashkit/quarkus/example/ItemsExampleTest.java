package dev.flashkit.quarkus.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.test.TestSecrets;
import io.quarkus.test.QuarkusUnitTest;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example application of docs/quarkus.md and the README, run as the docs show it. */
class ItemsExampleTest {
    private static final String RESOURCES = "src/test/resources/example/";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(ItemsResource.class, CartRoutes.class)
                    .addAsResource("example/templates/items.html", "templates/items.html"))
            .withConfigurationResource("example/application.properties")
            .overrideConfigKey("quarkus.flashkit.secret", TestSecrets.random())
            .overrideConfigKey("quarkus.http.test-port", "0");

    private static Browser browser() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return new Browser(URI.create("http://localhost:" + port));
    }

    @Test
    void addItem_postRedirectGet_countsItAndFlashesOnce() {
        Browser browser = browser();

        Browser.Page post = browser.postForm("/items", "name=Tea");
        Browser.Page page = browser.get(post.header("Location"));
        Browser.Page again = browser.get("/items");

        assertThat(post.status()).isEqualTo(303);
        assertThat(page.body()).contains("Item &#39;Tea&#39; added").contains("<p>1 items added</p>");
        assertThat(again.body()).doesNotContain("Tea").contains("<p>1 items added</p>");
    }

    @Test
    void addItem_withoutName_flashesAnError() {
        Browser browser = browser();

        browser.postForm("/items", "name=");

        assertThat(browser.get("/items").body())
                .contains("Enter the name of the item to add")
                .contains("<p>0 items added</p>");
    }

    @Test
    void cartRoute_commitsBeforeItsRedirect() {
        Browser browser = browser();

        Browser.Page post = browser.post("/cart?item=Tea");

        assertThat(post.status()).isEqualTo(303);
        assertThat(browser.get("/items").body()).contains("&#39;Tea&#39; is in your cart");
    }

    @Test
    void docs_quarkusPage_quotesTheTestedExample() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../../docs/quarkus.md"),
                Path.of("src/test/java/dev/flashkit/quarkus/example/ItemsResource.java"),
                Path.of(RESOURCES + "templates/items.html"),
                Path.of(RESOURCES + "application.properties"),
                Path.of("src/test/java/dev/flashkit/quarkus/example/CartRoutes.java"));
    }

    @Test
    void readme_quarkusQuickStart_quotesTheTestedExample() throws Exception {
        DocSnippets.assertReadmeSectionShows(
                Path.of("../../README.md"),
                "### Quarkus",
                Path.of("src/test/java/dev/flashkit/quarkus/example/ItemsResource.java"),
                Path.of(RESOURCES + "templates/items.html"));
    }
}
