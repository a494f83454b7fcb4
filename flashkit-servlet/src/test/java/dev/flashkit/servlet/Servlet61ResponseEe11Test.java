package dev.flashkit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.messages.Message;
import dev.flashkit.test.TestSecrets;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Servlet 6.1's new response methods on Jetty 12 ee11 still let {@link FlashkitFilter} write its cookies first:
 * each {@code sendRedirect} overload keeps the status asked for and whatever body the handler chose to keep, and
 * the message flashed before it reaches the redirect's target only; {@code write(ByteBuffer)} past the buffer
 * commits Flashkit before the container commits the response.
 */
@Tag("servlet-6.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Servlet61ResponseEe11Test {
    private static final String MESSAGES_COOKIE = "flashkit_messages";
    private JettyServer server;

    /** Flashes "Saved via {path}", then answers the way the path names; {@code GET /items} shows the messages. */
    static final class Servlet61 extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI();
            if (path.equals("/items")) {
                StringBuilder body = new StringBuilder("messages:");
                for (Message message : FlashkitFilter.messages(request)) {
                    body.append(' ').append(message.text().value());
                }
                response.getWriter().write(body.toString());
                return;
            }
            FlashkitFilter.messages(request).success("Saved via " + path);
            String to = request.getParameter("to");
            switch (path) {
                case "/redirect-303" -> response.sendRedirect(to, 303);
                case "/redirect-keep-body" -> {
                    response.getWriter().write("kept body");
                    response.sendRedirect(to, false);
                }
                case "/redirect-307-clear-body" -> {
                    response.getWriter().write("discarded body");
                    response.sendRedirect(to, 307, true);
                }
                case "/redirect-308-keep-body" -> {
                    response.getOutputStream().write("kept bytes".getBytes(StandardCharsets.UTF_8));
                    response.sendRedirect(to, 308, false);
                }
                case "/byte-buffer" -> {
                    response.setBufferSize(1024);
                    response.getOutputStream().write(ByteBuffer.allocate(64 * 1024));
                }
                default -> response.sendError(404);
            }
        }
    }

    @BeforeAll
    void start() throws Exception {
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());
        server = Ee11Jetty.start(new FlashkitFilter(flashkit), new Servlet61());
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    /** The Location's path and query, whether the container made it absolute or not. */
    private static String target(Browser.Page redirect) {
        URI location = URI.create(redirect.header("Location"));
        return location.getRawQuery() == null
                ? location.getRawPath()
                : location.getRawPath() + "?" + location.getRawQuery();
    }

    /**
     * Posts to {@code path} (redirecting to {@code /items?tab=a}), loads another tab's page before following the
     * redirect, and checks the message went to the redirect's target only.
     */
    private Browser.Page redirectDeliversToTarget(String path, int expectedStatus) {
        Browser browser = new Browser(server.uri());

        Browser.Page redirect = browser.post(path + "?to=/items?tab=a");
        Browser.Page otherTab = browser.get("/items?tab=b");
        Browser.Page targetPage = browser.get(target(redirect));
        Browser.Page reload = browser.get(target(redirect));

        assertThat(redirect.status()).isEqualTo(expectedStatus);
        assertThat(target(redirect)).isEqualTo("/items?tab=a");
        assertThat(redirect.setCookie(MESSAGES_COOKIE)).isNotNull();
        assertThat(otherTab.body()).isEqualTo("messages:");
        assertThat(targetPage.body()).isEqualTo("messages: Saved via " + path);
        assertThat(reload.body()).isEqualTo("messages:");
        return redirect;
    }

    @Test
    void sendRedirectWithStatus_303_writesMessagesCookieAndDeliversToTarget() {
        redirectDeliversToTarget("/redirect-303", 303);
    }

    @Test
    void sendRedirectKeepingBuffer_bodyWritten_keepsBodyAndDeliversToTarget() {
        Browser.Page redirect = redirectDeliversToTarget("/redirect-keep-body", 302);

        assertThat(redirect.body()).isEqualTo("kept body");
    }

    @Test
    void sendRedirectWithStatusClearingBuffer_307_dropsBodyAndDeliversToTarget() {
        Browser.Page redirect = redirectDeliversToTarget("/redirect-307-clear-body", 307);

        assertThat(redirect.body()).doesNotContain("discarded");
    }

    @Test
    void sendRedirectWithStatusKeepingBuffer_308_keepsBytesAndDeliversToTarget() {
        Browser.Page redirect = redirectDeliversToTarget("/redirect-308-keep-body", 308);

        assertThat(redirect.body()).isEqualTo("kept bytes");
    }

    @Test
    void writeByteBuffer_largerThanBuffer_writesMessagesCookieBeforeCommit() {
        Browser browser = new Browser(server.uri());

        Browser.Page page = browser.post("/byte-buffer");
        Browser.Page next = browser.get("/items");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).hasSize(64 * 1024);
        assertThat(page.setCookie(MESSAGES_COOKIE)).isNotNull();
        assertThat(next.body()).isEqualTo("messages: Saved via /byte-buffer");
    }
}
