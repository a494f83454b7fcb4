package dev.flashkit.spring.test;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import dev.flashkit.test.TestBrowser;
import jakarta.servlet.http.Cookie;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * MockMvc request post-processors that start a request as a browser that already has a Flashkit session or
 * pending flash messages: {@code mvc.perform(get("/items").with(pendingMessages(m -> m.success("Welcome"))))}.
 * The cookies are sealed with the application's {@code Flashkit} bean (from the application context MockMvc
 * was built from) and join the request's other cookies; combined, later ones add to what earlier ones set.
 */
public final class FlashkitMockMvcRequestPostProcessors {
    private FlashkitMockMvcRequestPostProcessors() {}

    /** The request carries a session holding these values (JSON-compatible, as {@code Session.put} takes). */
    public static RequestPostProcessor flashkitSession(Map<String, ?> values) {
        Objects.requireNonNull(values, "values must not be null");
        return flashkitSession(session -> values.forEach(session::put));
    }

    /** The request carries a session filled by {@code session}: {@code s -> s.put("user", "ada")}. */
    public static RequestPostProcessor flashkitSession(Consumer<Session> session) {
        Objects.requireNonNull(session, "session must not be null");
        return seeded(context -> session.accept(context.session()));
    }

    /**
     * The request carries flash messages added by {@code messages} ({@code m -> m.success("Saved")}), waiting
     * untargeted for the next page that displays messages.
     */
    public static RequestPostProcessor pendingMessages(Consumer<Messages> messages) {
        Objects.requireNonNull(messages, "messages must not be null");
        return seeded(context -> messages.accept(context.messages()));
    }

    /** Runs {@code action} in an earlier exchange of a browser holding the request's cookies, and sends its jar. */
    private static RequestPostProcessor seeded(Consumer<RequestContext> action) {
        return request -> {
            Flashkit flashkit = MockMvcFlashkit.of(request.getServletContext());
            TestBrowser browser = new TestBrowser(flashkit);
            CookieHeaders.parse(Collections.list(request.getHeaders("Cookie"))).forEach(browser::setCookie);
            browser.post("/", (context, exchange) -> action.accept(context));
            request.setCookies(browser.cookies().entrySet().stream()
                    .map(cookie -> new Cookie(cookie.getKey(), cookie.getValue()))
                    .toArray(Cookie[]::new));
            return request;
        };
    }
}
