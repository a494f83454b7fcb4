package dev.flashkit.adaptertests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How flash messages reach the page on every adapter ({@link AdapterScenarios} runs these): in {@code HX-Trigger}
 * for an htmx request, on the landing page after {@code HX-Redirect}, never consumed by a prefetch, and shown
 * again after {@code keep()}.
 */
public interface DeliveryScenarios {
    /** A new browser profile (empty cookie jar) for the Flashkit application. */
    Browser browser();

    @Test
    default void htmxRequest_addingMessage_deliversItInHxTriggerOnce() {
        Browser browser = browser();

        Browser.Page fragment = browser.send("POST", "/htmx/items?name=tea", "HX-Request", "true");
        Browser.Page next = browser.get("/items");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).isEqualTo("<li>tea</li>");
        assertThat(fragment.header("HX-Trigger"))
                .contains("\"flashkit:messages\"")
                .contains("\"text\":\"Item 'tea' added\"");
        assertThat(fragment.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(AdapterScenarios.messages(next))
                .as("delivered once, as a toast")
                .isEmpty();
    }

    @Test
    default void htmxRequest_routeThatNeverTouchesFlashkit_stillDeliversPendingMessages() {
        Browser browser = browser();
        browser.get("/lenient"); // a message for whichever page shows messages next

        Browser.Page fragment = browser.send("GET", "/plain", "HX-Request", "true");
        Browser.Page next = browser.get("/items");

        assertThat(fragment.body()).isEqualTo("plain");
        assertThat(fragment.header("HX-Trigger"))
                .as("an htmx request delivers pending messages whatever its handler used")
                .contains("\"text\":\"shown only where Flashkit is installed\"");
        assertThat(AdapterScenarios.messages(next)).isEmpty();
    }

    @Test
    default void htmxRedirect_addingMessage_waitsForTheLandingPage() {
        Browser browser = browser();

        Browser.Page redirect = browser.send("POST", "/htmx/redirect", "HX-Request", "true");
        Browser.Page landing = browser.get(redirect.header("HX-Redirect"));

        assertThat(redirect.header("HX-Redirect")).isEqualTo("/items");
        assertThat(redirect.header("HX-Trigger")).isNull();
        assertThat(AdapterScenarios.messages(landing)).containsExactly("success|success|Saved before HX-Redirect");
    }

    @Test
    default void prefetch_ofMessagesPage_doesNotConsumeThem() {
        Browser browser = browser();
        browser.post("/items?name=tea");

        Browser.Page prefetch = browser.send("GET", "/items", "Sec-Purpose", "prefetch");
        Browser.Page visit = browser.get("/items");

        assertThat(prefetch.status()).isEqualTo(200);
        assertThat(AdapterScenarios.messages(visit)).containsExactly("success|success|Item 'tea' added");
    }

    @Test
    default void keep_afterShowingMessages_showsThemOnceMore() {
        Browser browser = browser();
        browser.get("/lenient"); // a message for whichever page shows messages next (no redirect, no target)

        Browser.Page kept = browser.get("/items/keep");
        Browser.Page again = browser.get("/items");
        Browser.Page gone = browser.get("/items");

        String message = "success|success|shown only where Flashkit is installed";
        assertThat(AdapterScenarios.messages(kept)).containsExactly(message);
        assertThat(AdapterScenarios.messages(again)).containsExactly(message);
        assertThat(AdapterScenarios.messages(gone)).isEmpty();
    }
}
