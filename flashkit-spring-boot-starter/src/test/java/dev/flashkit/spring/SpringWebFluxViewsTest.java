package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.spring.reactive.ReactiveScenarioApplication;
import dev.flashkit.test.TestSecrets;
import dev.flashkit.webflux.FlashkitWebFilter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.netty.NettyWebServer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The starter in a Spring Boot WebFlux application: {@code Session} and {@code Messages} controller arguments, a
 * {@code redirect:} view (303 in WebFlux) carrying the message to the next page, the Thymeleaf fragment {@code
 * flashkit/messages} and {@code #flashkit} on Thymeleaf's reactive engine, and the filter built from {@code
 * flashkit.*} properties.
 */
class SpringWebFluxViewsTest {
    private static ConfigurableApplicationContext app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        app = ReactiveApps.run(
                ReactiveScenarioApplication.class,
                "flashkit.secret=" + TestSecrets.random(),
                "flashkit.filter.order=-150");
        browser = new Browser(ReactiveApps.uri(app));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void redirectView_withArguments_carriesMessageToTheThymeleafFragmentOnce() {
        Browser.Page post = browser.post("/reactive/notes?text=tea");
        Browser.Page page = browser.get(post.header("Location"));
        Browser.Page reload = browser.get("/reactive/notes");

        assertThat(post.status()).isEqualTo(303);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("class=\"alert alert-success alert-dismissible flashkit-message\" role=\"status\"")
                .contains("Note &#39;tea&#39; saved")
                .contains("<p>1 notes</p>");
        assertThat(reload.body()).doesNotContain("flashkit-message").contains("<p>1 notes</p>");
    }

    @Test
    void messagesHtml_inAHandler_rendersFlashkitMarkupOnce() {
        Browser reader = new Browser(ReactiveApps.uri(app));
        reader.get("/lenient"); // a message for whichever page displays next

        Browser.Page page = reader.get("/reactive/html");

        assertThat(page.body()).startsWith("<main>").contains("shown only where Flashkit is installed");
        assertThat(reader.get("/reactive/html").body()).isEqualTo("<main></main>");
    }

    @Test
    void docs_webfluxPage_quotesTheTestedBootExample() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/webflux.md"),
                Path.of("src/test/java/dev/flashkit/spring/reactive/NotesController.java"),
                Path.of("src/test/resources/templates/reactive/notes.html"));
    }

    @Test
    void readme_webfluxQuickStart_quotesTheTestedExample() throws Exception {
        DocSnippets.assertReadmeSectionShows(
                Path.of("../README.md"),
                "### Spring WebFlux",
                Path.of("src/test/java/dev/flashkit/spring/reactive/NotesController.java"),
                Path.of("src/test/resources/templates/reactive/notes.html"));
    }

    @Test
    void filterBean_fromProperties_usesFlashkitFilterOrder() {
        assertThat(app.getBean(FlashkitWebFilter.class).getOrder()).isEqualTo(-150);
    }

    @Test
    void httpSessionStore_onWebFlux_refusedAtStartupSayingWhatToUse() {
        Throwable failure = catchThrowable(() -> ReactiveApps.run(
                        ReactiveScenarioApplication.class,
                        "flashkit.secret=" + TestSecrets.random(),
                        "flashkit.session.store=http-session")
                .close());

        assertThat(failure).isNotNull();
        assertThat(failure).rootCause().hasMessageContaining("flashkit.session.store=http-session");
    }

    @Test
    void server_isReactorNetty() {
        assertThat(((WebServerApplicationContext) app).getWebServer()).isInstanceOf(NettyWebServer.class);
    }
}
