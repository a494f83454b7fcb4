package dev.flashkit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.servlet.example.FlashkitInitializer;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example of docs/servlet.md runs on embedded Jetty 12 as documented, and the page quotes it unchanged. */
class ServletExampleTest {
    private static Server server;
    private static URI uri;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServletContainerInitializer(new FlashkitInitializer());
        server.setHandler(context);
        server.start();
        uri = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void example_addItem_showsMessageOnceAndCountsInSession() {
        Browser browser = new Browser(uri);

        Browser.Page post = browser.post("/items?name=%3Cb%3ETea%3C/b%3E");
        Browser.Page page = browser.get("/items");
        Browser.Page reload = browser.get("/items");

        assertThat(post.status()).isEqualTo(302);
        assertThat(URI.create(post.header("Location")).getPath()).isEqualTo("/items");
        assertThat(page.body())
                .contains("class=\"alert alert-success alert-dismissible flashkit-message\" role=\"status\"")
                .contains("Item &#39;&lt;b&gt;Tea&lt;/b&gt;&#39; added")
                .contains("<p>1 items added</p>");
        assertThat(reload.body()).doesNotContain("flashkit-message").contains("<p>1 items added</p>");
    }

    @Test
    void example_postWithoutName_flashesErrorAndAddsNothing() {
        Browser browser = new Browser(uri);

        Browser.Page post = browser.post("/items");
        Browser.Page page = browser.get("/items");

        assertThat(post.status()).isEqualTo(302);
        assertThat(page.body())
                .contains("class=\"alert alert-danger alert-dismissible flashkit-message\" role=\"alert\"")
                .contains("Enter the name of the item to add")
                .doesNotContain("null")
                .contains("<p>0 items added</p>");
    }

    @Test
    void docs_servletPage_quotesTheTestedExample() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/servlet.md"),
                Path.of("src/test/java/dev/flashkit/servlet/example/FlashkitInitializer.java"),
                Path.of("src/test/java/dev/flashkit/servlet/example/ItemsServlet.java"));
    }

    @Test
    void readme_servletQuickStart_quotesTheTestedExample() throws Exception {
        DocSnippets.assertReadmeSectionShows(
                Path.of("../README.md"),
                "### Jakarta Servlet (Jetty 12, Tomcat 10.1+)",
                Path.of("src/test/java/dev/flashkit/servlet/example/FlashkitInitializer.java"),
                Path.of("src/test/java/dev/flashkit/servlet/example/ItemsServlet.java"));
    }
}
