package dev.flashkit.javalin7;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.javalin7.example.ItemsApp;
import dev.flashkit.test.TestSecrets;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Javalin 7 example of docs/javalin.md runs as documented, the page and the README quote it unchanged, and
 * both Maven snippets list an SLF4J binding (without one, Javalin logs a 500's stack trace nowhere).
 */
class Javalin7ExampleTest {
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
    void docs_javalinPage_quotesTheTestedJavalin7Example() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/javalin.md"), Path.of("src/test/java/dev/flashkit/javalin7/example/ItemsApp.java"));
    }

    @Test
    void readme_javalinQuickStart_quotesTheTestedJavalin7Example() throws Exception {
        DocSnippets.assertReadmeSectionShows(
                Path.of("../README.md"),
                "### Javalin",
                Path.of("src/test/java/dev/flashkit/javalin7/example/ItemsApp.java"));
    }

    @Test
    void readme_javalinQuickStart_listsSlf4jBinding() throws Exception {
        assertThat(DocSnippets.readmeSection(Path.of("../README.md"), "### Javalin"))
                .contains(slf4jSimpleDependency());
    }

    @Test
    void docs_javalinPage_listsSlf4jBinding() throws Exception {
        assertThat(Files.readString(Path.of("../docs/javalin.md"))).contains(slf4jSimpleDependency());
    }

    /** The Maven snippet of slf4j-simple at the version the build tests with (the root pom's slf4j.version). */
    private static String slf4jSimpleDependency() throws IOException {
        Matcher version = Pattern.compile("<slf4j\\.version>([^<]+)</slf4j\\.version>")
                .matcher(Files.readString(Path.of("../pom.xml")));
        assertThat(version.find()).as("slf4j.version in the root pom").isTrue();
        return "<dependency>\n  <groupId>org.slf4j</groupId>\n  <artifactId>slf4j-simple</artifactId>\n  <version>"
                + version.group(1) + "</version>\n</dependency>\n";
    }
}
