package dev.flashkit.spring.flash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.test.NextRequest;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code flashkit.spring.flash-map=true} on Tomcat: an unchanged Spring MVC controller's {@code
 * addFlashAttribute} travels in the sealed Flashkit cookie — no {@code JSESSIONID} — is shown once, waits for its
 * target path and parameters like Spring's own flash map, and a value JSON cannot hold fails naming the attribute.
 */
@SpringBootTest(
        classes = OrdersApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "server.error.include-message=always",
            "spring.autoconfigure.exclude="
                    + "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration,"
                    + "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration,"
                    + "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration,"
                    + "org.springframework.boot.actuate.autoconfigure.security.servlet."
                    + "ManagementWebSecurityAutoConfiguration"
        })
@TestPropertySource(locations = "classpath:flash/application.properties")
class FlashMapManagerTest {
    @LocalServerPort
    int port;

    @Autowired
    Flashkit flashkit;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
    }

    @Test
    void addFlashAttribute_flashMapOn_travelsInTheSealedCookieWithoutJsessionid() {
        Browser browser = browser();

        Browser.Page placed = browser.postForm("/orders", "item=tea");
        Browser.Page shown = browser.get(placed.header("Location"));
        Browser.Page reload = browser.get("/orders");

        assertThat(placed.status()).isEqualTo(302);
        assertThat(placed.setCookie("flashkit_session"))
                .as("the flash map in the sealed cookie")
                .isNotNull();
        assertThat(shown.body()).isEqualTo("Ordered 2 x tea.");
        assertThat(reload.body()).as("shown once").isEqualTo("No new order.");
        assertNoJsessionid(placed, shown, reload);
    }

    @Test
    void addFlashAttribute_flashMapOn_storedAsJsonWithTargetAndExpiry() {
        Browser.Page placed = browser().post("/checks/targeted");

        Object stored = NextRequest.after(flashkit, placed.response()).session().get("_flashkit.flashMaps");

        assertThat(stored).isInstanceOf(List.class);
        Map<?, ?> flashMap = (Map<?, ?>) ((List<?>) stored).get(0);
        assertThat(flashMap.get("attributes")).isEqualTo(Map.of("note", "for tab b"));
        assertThat(flashMap.get("path")).isEqualTo("/checks/page");
        assertThat(flashMap.get("params")).isEqualTo(Map.of("tab", List.of("b")));
        assertThat(flashMap.get("expires"))
                .as("Spring's 180 s timeout, as epoch millis")
                .isInstanceOf(Long.class);
        assertThat((Long) flashMap.get("expires")).isGreaterThan(System.currentTimeMillis());
    }

    @Test
    void targetedFlashMap_otherParametersFirst_waitsForItsTarget() {
        Browser browser = browser();
        Browser.Page placed = browser.post("/checks/targeted");

        Browser.Page otherTab = browser.get("/checks/page?tab=a");
        Browser.Page otherPath = browser.get("/orders?tab=b");
        Browser.Page target = browser.get("/checks/page?tab=b");
        Browser.Page again = browser.get("/checks/page?tab=b");

        assertThat(otherTab.body()).startsWith("note=null");
        assertThat(otherPath.body()).isEqualTo("No new order.");
        assertThat(target.body()).startsWith("note=for tab b");
        assertThat(again.body()).startsWith("note=null");
        assertNoJsessionid(placed, otherTab, otherPath, target, again);
    }

    @Test
    void addFlashAttribute_nestedJsonValues_arriveWhole() {
        Browser browser = browser();

        Browser.Page placed = browser.post("/checks/nested");
        Browser.Page page = browser.get("/checks/page");

        assertThat(page.body())
                .contains("order={")
                .contains("items=[tea, cake]")
                .contains("paid=true");
        assertThat(page.body()).contains("total=7.5");
        assertNoJsessionid(placed, page);
    }

    @Test
    void addFlashAttribute_valueJsonCannotHold_failsNamingTheAttribute() {
        Browser browser = browser();

        Browser.Page failed = browser.post("/checks/instant");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body())
                .contains("flash attribute 'placedAt'")
                .contains("java.time.Instant")
                .contains("flashkit.spring.flash-map=true");
        assertNoJsessionid(failed);
    }

    @Test
    void springBootDoc_flashMapSection_showsTheExample() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/spring-boot.md"),
                Path.of("src/test/java/dev/flashkit/spring/flash/OrdersApplication.java"),
                Path.of("src/test/resources/flash/application.properties"));
    }

    /** Spring's own flash map would have created an HttpSession: its cookie must never appear. */
    private static void assertNoJsessionid(Browser.Page... pages) {
        for (Browser.Page page : pages) {
            assertThat(page.response().headers().allValues("Set-Cookie"))
                    .as("Set-Cookie of %s", page)
                    .noneMatch(header -> header.startsWith("JSESSIONID"));
        }
    }

    private Browser browser() {
        return new Browser(URI.create("http://127.0.0.1:" + port));
    }
}
