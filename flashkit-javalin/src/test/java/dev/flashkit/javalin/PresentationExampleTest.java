package dev.flashkit.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.javalin.example.FlashkitAssets;
import dev.flashkit.javalin.example.PageModel;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.Messages;
import dev.flashkit.test.TestSecrets;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java examples of docs/presentation.md run as documented, and the page quotes them unchanged. */
class PresentationExampleTest {
    private static final Path PAGE = Path.of("../docs/presentation.md");
    private static final Path PAGE_MODEL = Path.of("src/test/java/dev/flashkit/javalin/example/PageModel.java");
    private static final Path ASSETS = Path.of("src/test/java/dev/flashkit/javalin/example/FlashkitAssets.java");

    private static Javalin app;
    private static URI uri;

    @BeforeAll
    static void start() {
        FlashkitConfig flashkitConfig =
                FlashkitConfig.builder().secret(TestSecrets.random()).build();
        app = Javalin.create(config -> {
                    FlashkitAssets.serve(config);
                    config.registerPlugin(new FlashkitPlugin(flashkit -> flashkit.config(flashkitConfig)));
                    config.router.mount(router -> router.post("/save", ctx -> {
                                FlashkitPlugin.messages(ctx).success("Saved");
                                ctx.redirect("/page");
                            })
                            .get("/page", ctx -> {
                                Map<String, Object> model = PageModel.of(ctx, Map.of("title", "Page"));
                                StringBuilder html = new StringBuilder("<h1>" + model.get("title") + "</h1>");
                                for (Message m : (Messages) model.get("messages")) { // what a partial does
                                    html.append("<p>").append(m.text().value()).append("</p>");
                                }
                                ctx.html(html.toString());
                            }));
                })
                .start("127.0.0.1", 0);
        uri = URI.create("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void pageModel_messagesInTheModel_areShownOnceByThePage() {
        Browser browser = new Browser(uri);

        browser.post("/save");
        Browser.Page page = browser.get("/page");
        Browser.Page reload = browser.get("/page");

        assertThat(page.body()).isEqualTo("<h1>Page</h1><p>Saved</p>");
        assertThat(reload.body()).isEqualTo("<h1>Page</h1>");
    }

    @Test
    void assets_servedFromTheCoreJar_atTheDocumentedPaths() {
        Browser browser = new Browser(uri);

        Browser.Page js = browser.get("/flashkit/flashkit.js");
        Browser.Page css = browser.get("/flashkit/flashkit.css");

        assertThat(js.status()).isEqualTo(200);
        assertThat(js.body()).contains("flashkit:messages");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).contains(".flashkit-messages");
    }

    @Test
    void docs_presentationPage_quotesOnlyTestedJavaExamples() throws Exception {
        DocSnippets.assertReadmeSectionShows(PAGE, "## Partials", PAGE_MODEL);
        DocSnippets.assertReadmeSectionShows(PAGE, "## Serving the assets", ASSETS);
    }
}
