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

/** Messages added in a request answering with a redirect are reserved for the redirect's target. */
class TargetedDeliveryTest {
    private final TestClock clock = new TestClock();
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).clock(clock).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    private List<Message> display(String target) {
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        browser.get(target, ctx -> shown.set(ctx.messages().consume()));
        return shown.get();
    }

    private TestExchange postRedirecting(String text, String location) {
        return browser.send(TestExchange.request("POST", "/forms/edit").header("Host", "app.example"), (ctx, ex) -> {
            ctx.messages().success(text);
            ex.redirect(location);
        });
    }

    @Test
    void parallelTabs_tabBLoadsBeforeTabAFollowsItsRedirect_onlyTabASeesTheMessage() {
        postRedirecting("A saved", "/a"); // tab A: POST, 303 to /a, not followed yet

        List<Message> tabB = display("/b"); // tab B loads another page in between
        List<Message> tabA = display("/a"); // tab A follows its redirect

        assertThat(tabB).hasNoMessages();
        assertThat(tabA).hasMessages("A saved");
    }

    @Test
    void redirect_locationWithQueryAndFragment_stampsPathAndQuery() {
        TestExchange post = postRedirecting("Saved", "/items/3?tab=notes#top");

        assertThat(post).allTargeting("/items/3?tab=notes");
        assertThat(display("/items/3")).hasNoMessages();
        assertThat(display("/items/3?tab=notes")).hasMessages("Saved");
    }

    @Test
    void redirect_absoluteSameOriginLocation_isStamped() {
        TestExchange post = postRedirecting("Saved", "https://app.example:443/done");

        assertThat(post).allTargeting("/done");
    }

    @Test
    void redirect_relativeLocation_isResolvedAgainstTheRequestPath() {
        TestExchange post = postRedirecting("Saved", "../list?page=2");

        assertThat(post).allTargeting("/list?page=2");
    }

    @Test
    void redirect_toAnotherOrigin_leavesMessagesUnstampedForTheNextDisplay() {
        TestExchange post = postRedirecting("Signed out", "https://login.other.example/bye");

        assertThat(post.responseCookie("flashkit_messages")).isNotNull();
        assertThat(FlashkitAssertions.storedAfter(post)).noneTargeted();
        assertThat(display("/anything")).hasMessages("Signed out");
    }

    @Test
    void redirect_schemeRelativeLocationToAnotherHost_isNotStamped() {
        TestExchange post = postRedirecting("x", "//evil.example/a");

        assertThat(FlashkitAssertions.storedAfter(post)).noneTargeted();
    }

    @Test
    void display_unstampedMessages_areShownByTheNextRequestThatDisplays() {
        browser.post("/form", (ctx, ex) -> ctx.messages().info("rendered directly, not shown"));
        TestExchange asset = browser.get("/static/app.css", ctx -> {});

        assertThat(asset.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(display("/whatever")).hasMessages("rendered directly, not shown");
    }

    @Test
    void display_targetedAndUntargetedPending_otherPageGetsUntargetedTargetGetsItsOwn() {
        browser.post("/x", (ctx, ex) -> ctx.messages().info("for anyone"));
        postRedirecting("for /a", "/a");

        assertThat(display("/b")).hasMessages("for anyone");
        assertThat(display("/a")).hasMessages("for /a");
    }

    @Test
    void targetedMessage_fetchedWithinTheTargetMaxAge_isShown() {
        postRedirecting("slow network", "/a");

        clock.advance(Duration.ofMinutes(2).plusSeconds(50));

        assertThat(display("/a")).hasMessages("slow network");
    }

    @Test
    void untargetedMessage_youngerThanTheMessageMaxAge_isShown() {
        browser.post("/x", (ctx, ex) -> ctx.messages().info("nine minutes old"));

        clock.advance(Duration.ofMinutes(9));

        assertThat(display("/")).hasMessages("nine minutes old");
    }

    @Test
    void untargetedMessage_olderThanTheMessageMaxAge_isDroppedAndTheCookieDeleted() {
        browser.post("/x", (ctx, ex) -> ctx.messages().info("stale"));

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        TestExchange page =
                browser.get("/", ctx -> assertThat(ctx.messages().consume()).hasNoMessages());

        assertThat(page.responseCookie("flashkit_messages").isDeletion()).isTrue();
    }

    @Test
    void htmxRequest_withHxRedirectHeader_stampsForItsTarget() {
        TestExchange post =
                browser.send(TestExchange.request("POST", "/items").header("HX-Request", "true"), (ctx, ex) -> {
                    ctx.messages().success("Created");
                    ex.setResponseHeader("HX-Redirect", "/items/9");
                });

        assertThat(post.responseHeader("HX-Trigger")).isNull();
        assertThat(post).allTargeting("/items/9");
        assertThat(display("/items/9")).hasMessages("Created");
    }

    @Test
    void redirectChain_messagesAddedInBothHops_followTheChainToTheEnd() {
        postRedirecting("first hop", "/step2");
        browser.get("/step2", (ctx, ex) -> {
            ctx.messages().info("second hop");
            ex.redirect("/done");
        });

        assertThat(display("/step2")).hasNoMessages();
        assertThat(display("/done")).hasMessages("first hop", "second hop");
    }

    @Test
    void targetThatRedirectsOn_withoutTouchingMessages_passesThemAlong() {
        postRedirecting("Saved", "/items/3");
        TestExchange hop = browser.get("/items/3", (ctx, ex) -> {
            ex.status(301);
            ex.setResponseHeader("Location", "/items/3/");
        });

        assertThat(hop).allTargeting("/items/3/");
        assertThat(display("/other")).hasNoMessages();
        assertThat(display("/items/3/")).hasMessages("Saved");
    }

    @Test
    void redirect_nothingPending_writesNothing() {
        TestExchange hop = browser.get("/old", (ctx, ex) -> ex.redirect("/new"));

        assertThat(hop.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(hop.responseHeader("Cache-Control")).isNull();
    }

    @Test
    void redirect_unrelatedToPendingMessages_leavesThemAlone() {
        postRedirecting("for /a", "/a");
        TestExchange hop = browser.get("/old", (ctx, ex) -> ex.redirect("/new"));

        assertThat(hop.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(display("/a")).hasMessages("for /a");
    }

    @Test
    void redirect_nonAsciiLocation_matchesTheEncodedPathTheBrowserRequests() {
        postRedirecting("Café saved", "/caf\u00e9?q=cr\u00e8me");

        assertThat(display("/caf%C3%A9?q=cr%C3%A8me")).hasMessages("Café saved");
    }

    @Test
    void redirect_lowerCasePercentEscapes_matchUpperCaseRequestPath() {
        postRedirecting("Saved", "/caf%c3%a9");

        assertThat(display("/caf%C3%A9")).hasMessages("Saved");
    }
}
