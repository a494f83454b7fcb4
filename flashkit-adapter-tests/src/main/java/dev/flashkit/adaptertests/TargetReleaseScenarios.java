package dev.flashkit.adaptertests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Nothing lost when a redirect target never displays, on every adapter: a message waiting for its redirect
 * target goes to the next page that displays messages once the target was visited without showing it, an
 * htmx request sent from the target page gets it, and another page loaded before the target visit does
 * not. Subclasses serve {@link ScenarioRoutes} with Flashkit installed (default settings).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TargetReleaseScenarios {
    private URI base;

    /** Starts the adapter's server serving {@link ScenarioRoutes} with Flashkit installed; returns its address. */
    protected abstract URI start() throws Exception;

    /** Stops what {@link #start()} started. */
    protected abstract void stop() throws Exception;

    @BeforeAll
    final void startServer() throws Exception {
        base = start();
    }

    @AfterAll
    final void stopServer() throws Exception {
        stop();
    }

    @Test
    void targetVisitedWithoutDisplay_nextDisplayingPageShowsTheMessageOnce() {
        Browser browser = new Browser(base);
        Browser.Page post = browser.post("/items?name=Tea&to=/session"); // reads the session, shows no messages

        Browser.Page otherTab = browser.get("/items"); // before the target visit: not for this page
        Browser.Page target = browser.get("/session");
        Browser.Page next = browser.get("/items");
        Browser.Page again = browser.get("/items");

        assertThat(post.status()).isEqualTo(303);
        assertThat(otherTab.body()).doesNotContain("Tea");
        assertThat(target.status()).isEqualTo(200);
        assertThat(next.body()).contains("success|success|Item 'Tea' added");
        assertThat(again.body()).doesNotContain("Tea");
    }

    @Test
    void htmxRequestFromTheTargetPage_getsTheMessageInHxTrigger() {
        Browser browser = new Browser(base);
        browser.post("/items?name=Tea&to=/dashboard");

        Browser.Page fragment = browser.send(
                "GET",
                "/session", // reads the session only
                "HX-Request",
                "true",
                "HX-Current-URL",
                base.resolve("/dashboard").toString());
        Browser.Page later = browser.get("/items");

        assertThat(fragment.header("HX-Trigger")).contains("Item 'Tea' added");
        assertThat(later.body()).doesNotContain("Tea");
    }
}
