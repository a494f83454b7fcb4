package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost when a redirect target never displays: a targeted message is released to the next page that
 * displays messages once its target was visited without showing it or once it waited {@code targetMaxAge};
 * sub-requests from the target page may show it; one that expires unshown is counted.
 */
class TargetReleaseTest {
    private final TestClock clock = new TestClock();
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).clock(clock).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    private List<Message> display(TestExchange.Builder request) {
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        browser.send(
                request.header("Host", "app.example"),
                (ctx, ex) -> shown.set(ctx.messages().consume()));
        return shown.get();
    }

    private List<Message> display(String target) {
        return display(TestExchange.request("GET", target));
    }

    private void postRedirecting(String text, String location) {
        browser.send(TestExchange.request("POST", "/forms/edit").header("Host", "app.example"), (ctx, ex) -> {
            ctx.messages().success(text);
            ex.redirect(location);
        });
    }

    @Test
    void targetVisited_withoutTouchingMessages_nextDisplayingPageShowsThem() {
        postRedirecting("Exported", "/export.json");
        TestExchange json = browser.send( // a browser navigation to a JSON endpoint: no messages partial
                TestExchange.request("GET", "/export.json").header("Sec-Fetch-Dest", "document"), (ctx, ex) -> {});

        assertThat(json.responseCookie("flashkit_messages")).isNotNull();
        assertThat(FlashkitAssertions.storedAfter(json)).noneTargeted();
        assertThat(display("/dashboard")).hasMessages("Exported");
        assertThat(display("/dashboard")).hasNoMessages();
    }

    @Test
    void untouchedRequestWithoutNavigationHeaders_doesNotReadTheMessagesCookie() {
        postRedirecting("Saved", "/a");
        TestExchange script = browser.get("/a", ctx -> {}); // e.g. curl or a health check: not noticed

        assertThat(script.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(display("/a")).hasMessages("Saved");
    }

    @Test
    void targetVisited_readingOtherMessagesOnly_releasesTheUnshownOnes() {
        postRedirecting("Saved", "/items/3");
        browser.get("/items/3", ctx -> ctx.session().get("user"));

        assertThat(display("/items")).hasMessages("Saved");
    }

    @Test
    void targetVisitedWithHead_doesNotRelease() {
        postRedirecting("Saved", "/a");
        browser.send(TestExchange.request("HEAD", "/a"), (ctx, ex) -> {});

        assertThat(display("/b")).hasNoMessages();
        assertThat(display("/a")).hasMessages("Saved");
    }

    @Test
    void targetPrefetched_doesNotRelease() {
        postRedirecting("Saved", "/a");
        browser.send(TestExchange.request("GET", "/a").header("Sec-Purpose", "prefetch"), (ctx, ex) -> {});

        assertThat(display("/b")).hasNoMessages();
        assertThat(display("/a")).hasMessages("Saved");
    }

    @Test
    void targetedMessage_olderThanTheTargetMaxAge_goesToTheNextDisplayingPage() {
        postRedirecting("lost tab", "/a");

        clock.advance(Duration.ofMinutes(3).plusSeconds(1));

        assertThat(display("/b")).hasMessages("lost tab");
    }

    @Test
    void targetedMessage_youngerThanTheTargetMaxAge_staysWithItsTarget() {
        postRedirecting("slow network", "/a");

        clock.advance(Duration.ofMinutes(2).plusSeconds(50));

        assertThat(display("/b")).hasNoMessages();
        assertThat(display("/a")).hasMessages("slow network");
    }

    @Test
    void htmxSubRequest_fromTheTargetPage_getsTheMessage() {
        postRedirecting("Saved", "/a?tab=1");

        TestExchange fragment = browser.send(
                TestExchange.request("GET", "/fragments/list")
                        .header("Host", "app.example")
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", "https://app.example/a?tab=1"),
                (ctx, ex) -> {});

        assertThat(fragment.responseHeader("HX-Trigger")).contains("Saved");
        assertThat(display("/a?tab=1")).hasNoMessages();
    }

    @Test
    void fetch_withSameOriginRefererOfTheTarget_getsTheMessage() {
        postRedirecting("Saved", "/a");

        List<Message> api = display(TestExchange.request("GET", "/api/messages")
                .header("Sec-Fetch-Dest", "empty")
                .header("Referer", "https://app.example/a"));

        assertThat(api).hasMessages("Saved");
    }

    @Test
    void fetch_withRefererOfAnotherOrigin_doesNotGetTheMessage() {
        postRedirecting("Saved", "/a");

        List<Message> api = display(TestExchange.request("GET", "/api/messages")
                .header("Sec-Fetch-Dest", "empty")
                .header("Referer", "https://evil.example/a"));

        assertThat(api).hasNoMessages();
        assertThat(display("/a")).hasMessages("Saved");
    }

    @Test
    void navigation_fromTheTargetPageInAnotherTab_doesNotTakeTheMessage() {
        postRedirecting("Saved", "/a");

        List<Message> otherTab = display(TestExchange.request("GET", "/b")
                .header("Sec-Fetch-Dest", "document")
                .header("Referer", "https://app.example/a"));

        assertThat(otherTab).hasNoMessages();
        assertThat(display("/a")).hasMessages("Saved");
    }

    @Test
    void targetedMessage_olderThanTheMessageMaxAge_isCountedAsExpiredUndelivered() {
        long before = flashkit.metrics().expiredUndeliveredMessages();
        postRedirecting("never seen", "/a");

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(display("/b")).hasNoMessages();
        assertThat(flashkit.metrics().expiredUndeliveredMessages()).isGreaterThanOrEqualTo(before + 1);
    }
}
