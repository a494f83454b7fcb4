package dev.flashkit.spring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.FailingSessionStore;
import dev.flashkit.test.TestSecrets;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Flashkit's meters in Actuator's {@code /actuator/metrics}, read over HTTP from Tomcat while requests with a
 * tampered cookie, a store that is down and cookies of known sizes go through. The context is shared by the
 * methods, so each compares the count before and after its own requests.
 */
@SpringBootTest(
        classes = MetricsApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "management.endpoints.web.exposure.include=metrics",
            "spring.autoconfigure.exclude="
                    + "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration,"
                    + "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration,"
                    + "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration,"
                    + "org.springframework.boot.actuate.autoconfigure.security.servlet."
                    + "ManagementWebSecurityAutoConfiguration"
        })
class FlashkitMetersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    FailingSessionStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
    }

    @AfterEach
    void heal() {
        store.heal();
    }

    @Test
    void actuatorMetrics_flashkitInstalled_listsEveryFlashkitMeter() throws IOException {
        JsonNode names = json("/actuator/metrics").get("names");

        List<String> flashkit = new ArrayList<>();
        names.forEach(name -> {
            if (name.asText().startsWith("flashkit.")) {
                flashkit.add(name.asText());
            }
        });
        assertThat(flashkit)
                .containsExactlyInAnyOrder(
                        "flashkit.session.cookies.invalid",
                        "flashkit.messages.cookies.invalid",
                        "flashkit.messages.coalesced",
                        "flashkit.messages.dropped",
                        "flashkit.messages.expired.undelivered",
                        "flashkit.store.failures",
                        "flashkit.cookie.size",
                        "flashkit.cookie.size.buckets");
    }

    @Test
    void sessionCookiesInvalid_unknownSessionCookie_countedOnce() throws IOException {
        double before = measurement("flashkit.session.cookies.invalid", "COUNT");
        Browser browser = browser();
        browser.setCookie("flashkit_session", "not-a-session-the-store-knows");

        assertThat(browser.get("/note").status()).isEqualTo(200);

        assertThat(measurement("flashkit.session.cookies.invalid", "COUNT")).isEqualTo(before + 1);
    }

    @Test
    void storeFailures_storeDown_countedByStoreAndOperation() throws IOException {
        String load = "flashkit.store.failures?tag=store:failing&tag=operation:load";
        String save = "flashkit.store.failures?tag=store:failing&tag=operation:save";
        String delete = "flashkit.store.failures?tag=store:failing&tag=operation:delete";
        double loadsBefore = measurement(load, "COUNT");
        double savesBefore = measurement(save, "COUNT");
        double deletesBefore = measurement(delete, "COUNT");
        Browser browser = browser();
        assertThat(browser.postForm("/note", "text=tea").status()).isEqualTo(200);

        store.failLoads(true);
        assertThat(browser.get("/note").status()).isEqualTo(503);
        store.heal();
        store.failSaves(true);
        assertThat(browser.postForm("/note", "text=coffee").status()).isEqualTo(503);
        assertThat(browser.post("/forget").status()).isEqualTo(503);

        assertThat(measurement(load, "COUNT")).isEqualTo(loadsBefore + 1);
        assertThat(measurement(save, "COUNT")).isEqualTo(savesBefore + 1);
        assertThat(measurement(delete, "COUNT")).isEqualTo(deletesBefore + 1);
    }

    @Test
    void cookieSize_sessionCookieWritten_inTheDistribution() throws IOException {
        double countBefore = measurement("flashkit.cookie.size", "COUNT");
        double totalBefore = measurement("flashkit.cookie.size", "TOTAL");
        double upTo4096Before = measurement("flashkit.cookie.size.buckets?tag=le:4096", "COUNT");

        Browser.Page saved = browser().postForm("/note", "text=tea");

        List<String> setCookies = saved.response().headers().allValues("Set-Cookie");
        assertThat(setCookies).hasSize(1);
        int bytes = ("Set-Cookie: " + setCookies.get(0)).getBytes(StandardCharsets.UTF_8).length;
        assertThat(measurement("flashkit.cookie.size", "COUNT")).isEqualTo(countBefore + 1);
        assertThat(measurement("flashkit.cookie.size", "TOTAL")).isEqualTo(totalBefore + bytes);
        assertThat(measurement("flashkit.cookie.size", "MAX")).isGreaterThanOrEqualTo(bytes);
        assertThat(measurement("flashkit.cookie.size.buckets?tag=le:4096", "COUNT"))
                .isEqualTo(upTo4096Before + 1);
        assertThat(json("/actuator/metrics/flashkit.cookie.size")
                        .get("baseUnit")
                        .asText())
                .isEqualTo("bytes");
    }

    private Browser browser() {
        return new Browser(URI.create("http://127.0.0.1:" + port));
    }

    /** The value of {@code statistic} of the meter {@code nameAndTags} ({@code name?tag=key:value&...}). */
    private double measurement(String nameAndTags, String statistic) throws IOException {
        for (JsonNode m : json("/actuator/metrics/" + nameAndTags).get("measurements")) {
            if (m.get("statistic").asText().equals(statistic)) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError(nameAndTags + " has no " + statistic);
    }

    private JsonNode json(String path) throws IOException {
        Browser.Page page = browser().get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return JSON.readTree(page.body());
    }
}
