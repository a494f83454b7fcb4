package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.spring.checks.ViewChecksController;
import dev.flashkit.spring.example.ItemsApplication;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The documented Spring Boot example ({@link ItemsApplication}, {@code templates/items.html}) runs as the
 * docs show it; the Thymeleaf fragment renders exactly the core renderer's markup; Spring's own flash
 * attributes ({@code RedirectAttributes}) work side by side with Flashkit messages.
 */
class SpringViewsTest {
    /** The documented example, kept once in flashkit-spring-example for this module's and flashkit-spring-test's tests. */
    private static final Path EXAMPLE =
            Path.of("../flashkit-spring-example/src/main/java/dev/flashkit/spring/example/ItemsApplication.java");

    private static final Path TEMPLATE = Path.of("../flashkit-spring-example/src/main/resources/templates/items.html");
    private static ConfigurableApplicationContext app;
    private static URI uri;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(ItemsApplication.class, ViewChecksController.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        SpringScenarioTest.NO_SECURITY,
                        "flashkit.secret=" + TestSecrets.random())
                .run();
        uri = SpringScenarioTest.uri(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void example_addItem_showsMessageOnceAndKeepsSession() {
        Browser browser = new Browser(uri);

        Browser.Page post = browser.post("/items?name=Tea");
        Browser.Page page = browser.get("/items");
        Browser.Page reload = browser.get("/items");

        assertThat(post.status()).isEqualTo(302);
        assertThat(page.body())
                .contains("<div class=\"alert alert-success alert-dismissible flashkit-message\" role=\"status\"")
                .contains("<span class=\"flashkit-text\">Item &#39;Tea&#39; added</span>")
                .contains("Last added: <span>Tea</span>");
        assertThat(reload.body()).doesNotContain("flashkit-message").contains("<li>Tea</li>");
    }

    @Test
    void docs_springBootPage_quotesTheTestedExample() throws Exception {
        DocSnippets.assertDocShows(Path.of("../docs/spring-boot.md"), EXAMPLE, TEMPLATE);
    }

    @Test
    void readme_springBootQuickStart_quotesTheTestedExample() throws Exception {
        DocSnippets.assertReadmeSectionShows(Path.of("../README.md"), "### Spring Boot", EXAMPLE, TEMPLATE);
    }

    @Test
    void docs_springBootPage_quotesTheTestedMessagesElement() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/spring-boot.md"), Path.of("src/test/resources/templates/checks/fragment.html"));
    }

    @Test
    void levels_thymeleafComparesWithFlashkitLevelConstants_picksTheClassPerLevel() throws Exception {
        Browser.Page page = new Browser(uri).get("/checks/levels");

        assertThat(page.body())
                .contains("<p class=\"text-danger\">failed</p>")
                .contains("<p class=\"text-warning\">careful</p>")
                .contains("<p class=\"text-body\">fyi</p>");
        DocSnippets.assertDocShows(
                Path.of("../docs/presentation.md"), Path.of("src/test/resources/templates/checks/levels.html"));
    }

    @Test
    void fragment_everyKindOfMessage_rendersExactlyTheCoreRendererMarkup() {
        Browser.Page page = new Browser(uri).get("/checks/fragment");

        String renderer = section(page.body(), "renderer");
        assertThat(renderer).contains("custom level").contains("<em>trusted</em> markup");
        // the starter's fragment, the dialect's <flashkit:messages/> and the core jar's Thymeleaf partial on SpEL
        for (String id : new String[] {"fragment", "element", "partial"}) {
            assertThat(normalize(section(page.body(), id))).as(id).isEqualTo(normalize(renderer));
        }
    }

    @Test
    void messagesElement_noMessages_rendersNothing() {
        Browser.Page page = new Browser(uri).get("/checks/empty");

        assertThat(section(page.body(), "element")).isBlank();
        assertThat(section(page.body(), "fragment")).isBlank();
    }

    @Test
    void redirectAttributes_besideFlashkitMessage_bothShowOnceAfterRedirect() {
        Browser browser = new Browser(uri);

        Browser.Page post = browser.post("/checks/both");
        Browser.Page page = browser.get(URI.create(post.header("Location")).getPath());
        Browser.Page reload = browser.get("/checks/both");

        assertThat(page.body()).contains("Spring flash attribute").contains("Flashkit message");
        assertThat(reload.body()).doesNotContain("Spring flash attribute").doesNotContain("Flashkit message");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        int end = html.indexOf("</section>", start);
        assertThat(start).as("section " + id).isNotNegative();
        return html.substring(html.indexOf('>', start) + 1, end);
    }

    private static String normalize(String html) {
        return html.replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").trim();
    }
}
