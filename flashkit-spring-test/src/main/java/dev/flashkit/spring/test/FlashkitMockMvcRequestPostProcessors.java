package dev.flashkit.spring.test;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import dev.flashkit.test.CookieHeaders;
import dev.flashkit.test.SetCookie;
import dev.flashkit.test.TestBrowser;
import jakarta.servlet.http.Cookie;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * MockMvc request post-processors that start a request as a browser that already has a Flashkit session or
 * pending flash messages: {@code mvc.perform(get("/items").with(pendingMessages(m -> m.success("Welcome"))))},
 * or that holds the cookies an earlier request left: {@code .with(cookiesFrom(post))}. The cookies of {@code
 * flashkitSession} and {@code pendingMessages} are sealed with the application's {@code Flashkit} bean (from the
 * application context MockMvc was built from) and join the request's other cookies; combined, later ones add to
 * what earlier ones set.
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

    /**
     * The request carries the cookies a browser holds after {@code previous}: the cookies {@code previous}'s
     * request sent, updated by its response's {@code Set-Cookie} headers (a cookie the response deleted is not
     * sent, so a logout sticks). This is MockMvc's POST → redirect → GET round trip: {@code
     * mvc.perform(get("/items").with(cookiesFrom(post)))}. A cookie the request already has wins over the
     * carried one of the same name; put {@code cookiesFrom} before {@code flashkitSession} and {@code
     * pendingMessages}, which add to it. Cookie attributes (path, domain, expiry) are not checked.
     */
    public static RequestPostProcessor cookiesFrom(MvcResult previous) {
        Objects.requireNonNull(
                previous, "previous must not be null: pass the MvcResult of mvc.perform(...).andReturn()");
        return request -> {
            Map<String, String> jar = cookies(previous.getRequest());
            for (String header : previous.getResponse().getHeaders("Set-Cookie")) {
                SetCookie cookie = SetCookie.parse(header);
                if (cookie.isDeletion()) {
                    jar.remove(cookie.name());
                } else {
                    jar.put(cookie.name(), cookie.value());
                }
            }
            jar.putAll(cookies(request));
            request.setCookies(jar.entrySet().stream()
                    .map(cookie -> new Cookie(cookie.getKey(), cookie.getValue()))
                    .toArray(Cookie[]::new));
            return request;
        };
    }

    private static Map<String, String> cookies(MockHttpServletRequest request) {
        return CookieHeaders.parse(Collections.list(request.getHeaders("Cookie")));
    }

    /** Runs {@code action} in an earlier exchange of a browser holding the request's cookies, and sends its jar. */
    private static RequestPostProcessor seeded(Consumer<RequestContext> action) {
        return request -> {
            Flashkit flashkit = MockMvcFlashkit.of(request.getServletContext());
            TestBrowser browser = new TestBrowser(flashkit);
            cookies(request).forEach(browser::setCookie);
            browser.post("/", (context, exchange) -> action.accept(context));
            request.setCookies(browser.cookies().entrySet().stream()
                    .map(cookie -> new Cookie(cookie.getKey(), cookie.getValue()))
                    .toArray(Cookie[]::new));
            return request;
        };
    }
}
