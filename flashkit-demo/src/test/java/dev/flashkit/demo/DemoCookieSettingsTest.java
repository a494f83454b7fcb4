package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo honours Flashkit's own cookie variables, e.g. browser-session cookies. */
class DemoCookieSettingsTest {

    @Test
    void persistentCookieOff_sessionAndMessagesCookies_haveNoMaxAgeNoExpires() {
        try (DemoServer server = DemoServer.start("FLASHKIT_SESSION_COOKIE_PERSISTENT", "false")) {
            HttpUser user = new HttpUser(server);

            HttpResponse<String> session = user.get("/set-session");
            HttpResponse<String> message = user.post("/submit_item", Map.of("item_name", "Tea"));

            List<String> headers = new java.util.ArrayList<>(session.headers().allValues("Set-Cookie"));
            headers.addAll(message.headers().allValues("Set-Cookie"));
            assertThat(headers)
                    .anyMatch(h -> h.startsWith("flashkit_session="))
                    .anyMatch(h -> h.startsWith("flashkit_messages="))
                    .allSatisfy(h -> assertThat(h).doesNotContain("Max-Age").doesNotContain("Expires"));
            assertThat(user.get("/get-session").body()).contains("\"key\":\"value\"");
        }
    }

    @Test
    void defaults_sessionCookie_isPersistent() {
        try (DemoServer server = DemoServer.start()) {
            HttpResponse<String> session = new HttpUser(server).get("/set-session");

            assertThat(session.headers().firstValue("Set-Cookie"))
                    .hasValueSatisfying(h -> assertThat(h).contains("Max-Age=1209600"));
        }
    }
}
