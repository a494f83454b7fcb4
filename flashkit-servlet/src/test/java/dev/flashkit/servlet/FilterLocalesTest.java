package dev.flashkit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Messages;
import dev.flashkit.test.TestSecrets;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link FlashkitFilter#locales}: a framework's locale decides the language of message keys and Flashkit's own
 * texts, in place of {@code Accept-Language} — on embedded Jetty, the browser asking for English.
 */
class FilterLocalesTest {

    @Test
    void locales_setToGerman_flashkitsOwnTextInGermanDespiteAcceptLanguage() throws Exception {
        assertThat(shownAfterThreeMessages(filter().locales(request -> List.of(Locale.GERMAN))))
                .contains("+2 weitere Meldungen");
    }

    @Test
    void locales_unset_acceptLanguageDecides() throws Exception {
        assertThat(shownAfterThreeMessages(filter())).contains("+2 more messages");
    }

    private static FlashkitFilter filter() {
        return new FlashkitFilter(Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .messageBacklog(2)
                .build()));
    }

    /** GET /add flashes three messages (backlog two) and redirects; the body of the page that shows them. */
    private static String shownAfterThreeMessages(FlashkitFilter filter) throws Exception {
        try (JettyServer server = JettyServer.start(filter, new ThreeMessagesServlet())) {
            HttpClient client =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            client.send(request(server, "/add"), HttpResponse.BodyHandlers.discarding());
            return client.send(request(server, "/show"), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    private static HttpRequest request(JettyServer server, String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Accept-Language", "en")
                .build();
    }

    /** /add: three messages and a redirect to /show, which renders them. */
    static final class ThreeMessagesServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Messages messages = FlashkitFilter.messages(request);
            if (request.getRequestURI().equals("/add")) {
                messages.info("first");
                messages.info("second");
                messages.info("third");
                response.sendRedirect("/show");
            } else {
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(messages.html());
            }
        }
    }
}
