package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** flashkit.js and flashkit.css in real headless Chromium, on a fixture page without Bootstrap's JS. */
class FlashkitJsBrowserTest {

    private static FixtureServer server;
    private ChromeDriver browser;

    @BeforeAll
    static void startServer() {
        server = new FixtureServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void openFixture() {
        browser = Chromium.fresh();
        browser.get(server.url("/fixtures/flashkit-js.html"));
        if (!flashkitLoaded()) { // a fresh browser on a busy machine: load once more, then insist
            browser.navigate().refresh();
        }
        assertThat(flashkitLoaded())
                .as("flashkit.js loaded in the fixture page")
                .isTrue();
    }

    private boolean flashkitLoaded() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(browser.executeScript("return typeof window.Flashkit === 'object';"))) {
                return true;
            }
            pause(50);
        }
        return false;
    }

    @Test
    void autoDismiss_containerTimeoutForLevel_removesAfterTimeoutAndNotBefore() {
        double insertedAt =
                insert(container("data-flashkit-timeout-success=\"1200\"", alert("success", "success", "a")));
        pause(500);
        assertThat(present("a")).as("still shown half-way through its timeout").isTrue();

        waitUntilGone("a", 6000);

        assertThat(dismissedAt("a") - insertedAt).isBetween(1200.0, 1200.0 + 3000.0);
        assertThat(browser.executeScript("return window.dismissals[0].reason")).isEqualTo("timeout");
    }

    @Test
    void autoDismiss_defaultTimeouts_successLeavesAfterFiveSecondsWarningAndErrorStay() {
        double insertedAt = insert(container(
                "",
                alert("success", "success", "s") + alert("warning", "warning", "w") + alert("error", "danger", "e")));

        waitUntilGone("s", 9000);

        assertThat(dismissedAt("s") - insertedAt).isGreaterThanOrEqualTo(5000.0);
        assertThat(present("w")).isTrue();
        assertThat(present("e")).isTrue();
    }

    @Test
    void autoDismiss_perMessageTimeout_overridesContainerAndZeroStays() {
        insert(container(
                "data-flashkit-timeout-info=\"300\"",
                alert("info", "info", "short") + alert("info", "info", "stays", "data-flashkit-timeout=\"0\"")));

        waitUntilGone("short", 4000);
        pause(700);

        assertThat(present("stays")).isTrue();
    }

    @Test
    void autoDismiss_pageWideBodyAttribute_appliesUnlessTheContainerSetsItsOwn() {
        browser.executeScript("document.body.setAttribute('data-flashkit-timeout-info', '400')");
        double insertedAt = insert(container("", alert("info", "info", "page"))
                + container("data-flashkit-timeout-info=\"0\"", alert("info", "info", "own")));

        waitUntilGone("page", 4000);
        pause(400);

        assertThat(dismissedAt("page") - insertedAt).isGreaterThanOrEqualTo(400.0);
        assertThat(present("own"))
                .as("the nearer container setting (0 = stay) wins")
                .isTrue();
    }

    @Test
    void autoDismiss_whileHovered_pausesAndResumesOnLeave() {
        insert(container("data-flashkit-timeout-success=\"800\"", alert("success", "success", "h")));
        new Actions(browser).moveToElement(message("h")).perform();

        pause(1600);
        assertThat(present("h"))
                .as("hovered message outlives its 800 ms timeout")
                .isTrue();

        new Actions(browser)
                .moveToElement(browser.findElement(By.id("far-away")))
                .perform();
        waitUntilGone("h", 4000);
    }

    @Test
    void autoDismiss_whileFocused_pausesAndResumesOnBlur() {
        insert(container("data-flashkit-timeout-info=\"800\"", alert("info", "info", "f")));
        message("f").findElement(By.cssSelector("[data-flashkit-dismiss]")).sendKeys("");

        pause(1600);
        assertThat(present("f"))
                .as("focused message outlives its 800 ms timeout")
                .isTrue();

        browser.findElement(By.id("elsewhere")).click();
        waitUntilGone("f", 4000);
    }

    @Test
    void closeButton_clickedWithoutBootstrapJs_removesTheMessage() {
        insert(container("", alert("error", "danger", "c")));
        assertThat(browser.executeScript("return typeof window.bootstrap")).isEqualTo("undefined");

        message("c").findElement(By.cssSelector("[data-flashkit-dismiss]")).click();

        waitUntilGone("c", 3000);
        assertThat(browser.executeScript("return window.dismissals[0].reason")).isEqualTo("close");
    }

    @Test
    void motion_defaultPreference_animatesEnterAndLeave() {
        insert(container("", alert("error", "danger", "m")));
        WebElement el = message("m");
        assertThat(el.getCssValue("animation-name")).isEqualTo("flashkit-enter");

        el.findElement(By.cssSelector("[data-flashkit-dismiss]")).click();

        assertThat(el.getAttribute("class")).contains("flashkit-leaving");
        waitUntilGone("m", 3000);
    }

    @Test
    void motion_prefersReducedMotion_noAnimationAndImmediateRemoval() {
        Chromium.reducedMotion(browser, true);
        browser.navigate().refresh();
        insert(container("", alert("error", "danger", "r")));
        WebElement el = message("r");
        assertThat(el.getCssValue("animation-name")).isEqualTo("none");

        el.findElement(By.cssSelector("[data-flashkit-dismiss]")).click();

        assertThat(present("r")).as("removed at once, no leave transition").isFalse();
    }

    @Test
    void render_markupInTextTitleAndLabel_insertedAsTextAndUnsafeLinkDropped() {
        browser.executeScript("""
                Flashkit.render([{id: 'x', level: 'error', levelValue: 40, css: 'danger',
                  text: '<img src=x onerror=alert(1)>', title: '<b>bold?</b>',
                  action: {label: '<i>click</i>', href: 'javascript:alert(2)'}}]);""");
        WebElement toast = message("x");

        assertThat(toast.findElement(By.className("flashkit-text")).getDomProperty("textContent"))
                .isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(toast.findElement(By.className("flashkit-title")).getDomProperty("textContent"))
                .isEqualTo("<b>bold?</b>");
        assertThat(toast.findElements(By.tagName("img"))).isEmpty();
        assertThat(toast.findElements(By.tagName("b"))).isEmpty();
        assertThat(toast.findElements(By.tagName("a")))
                .as("javascript: link not rendered")
                .isEmpty();
        pause(300);
        assertNoDialog();
    }

    @Test
    void render_messages_buildsAccessibleToastsInFixedContainer() {
        browser.executeScript("""
                Flashkit.render([
                  {id: 't1', level: 'success', levelValue: 25, css: 'success', text: 'Saved', title: null, action: null},
                  {id: 't2', level: 'warning', levelValue: 30, css: 'warning', text: 'Careful', title: 'Heads up',
                   action: {label: 'Details', href: '/details?a=1&b=2'}}]);""");

        WebElement container = browser.findElement(By.className("flashkit-toasts"));
        assertThat(container.getCssValue("position")).isEqualTo("fixed");
        WebElement success = message("t1");
        assertThat(success.getAttribute("class")).contains("alert", "alert-success", "alert-dismissible");
        assertThat(success.getAttribute("role")).isEqualTo("status");
        assertThat(success.getAttribute("aria-live")).isEqualTo("polite");
        WebElement warning = message("t2");
        assertThat(warning.getAttribute("role")).isEqualTo("alert");
        assertThat(warning.getAttribute("aria-live")).isNull();
        assertThat(warning.getDomProperty("textContent")).contains("Heads up", "Careful", "Details");
        assertThat(warning.findElement(By.className("flashkit-action")).getAttribute("href"))
                .endsWith("/details?a=1&b=2");
    }

    @Test
    void configure_pageWideTimeoutsAndTags_appliedToToasts() {
        browser.executeScript("""
                Flashkit.configure({timeouts: {success: 300}});
                Flashkit.render([{id: 'cfg', level: 'success', levelValue: 25, css: 'success',
                  tags: 'cart success', text: 'Configured'}]);""");

        assertThat(message("cfg").getAttribute("data-flashkit-tags")).isEqualTo("cart success");
        waitUntilGone("cfg", 3000);
    }

    @Test
    void render_sameIdTwice_showsItOnce() {
        String script = "Flashkit.render([{id: 'dup', level: 'info', css: 'info', text: 'Once'}]);";
        browser.executeScript(script);
        browser.executeScript(script);

        assertThat(browser.findElements(By.cssSelector("[data-flashkit-id='dup']")))
                .hasSize(1);
    }

    @Test
    void htmxEvent_flashkitMessagesOnAnElement_rendersToast() {
        browser.executeScript("""
                document.getElementById('far-away').dispatchEvent(new CustomEvent('flashkit:messages', {bubbles: true,
                  detail: {messages: [{id: 'h1', level: 'info', levelValue: 20, css: 'info', text: 'From htmx'}]}}));""");

        assertThat(message("h1").getDomProperty("textContent")).contains("From htmx");
    }

    @Test
    void fetch_jsonEndpoint_rendersEachMessageAsToast() {
        Object count = browser.executeAsyncScript(
                "const done = arguments[0]; Flashkit.fetch('/fixture/messages').then(els => done(els.length));");

        assertThat(((Number) count).intValue()).isEqualTo(2);
        assertThat(message("f1").findElement(By.className("flashkit-text")).getDomProperty("textContent"))
                .isEqualTo("Fetched <b>one</b>");
        assertThat(message("f2").getAttribute("class")).contains("alert-danger");
        assertThat(message("f2").findElement(By.className("flashkit-action")).getDomProperty("textContent"))
                .isEqualTo("Retry");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String container(String attributes, String alerts) {
        return "<div class=\"flashkit-messages\" data-flashkit-messages " + attributes + ">" + alerts + "</div>";
    }

    private static String alert(String level, String css, String id) {
        return alert(level, css, id, "");
    }

    private static String alert(String level, String css, String id, String attributes) {
        boolean loud = level.equals("warning") || level.equals("error");
        return "<div class=\"alert alert-" + css + " alert-dismissible flashkit-message\" "
                + (loud ? "role=\"alert\"" : "role=\"status\" aria-live=\"polite\"")
                + " data-flashkit-level=\"" + level + "\" data-flashkit-id=\"" + id + "\" " + attributes + ">"
                + "<span class=\"flashkit-text\">Message " + id + "</span>"
                + "<button type=\"button\" class=\"btn-close\" data-flashkit-dismiss aria-label=\"Close\"></button>"
                + "</div>";
    }

    /** Inserts markup at the top of the body; returns the page clock (ms) at insertion. */
    private double insert(String html) {
        Object at = browser.executeScript(
                "document.body.insertAdjacentHTML('afterbegin', arguments[0]); return performance.now();", html);
        return ((Number) at).doubleValue();
    }

    private WebElement message(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(3))
                .until(b -> b.findElement(By.cssSelector("[data-flashkit-id='" + id + "']")));
    }

    private boolean present(String id) {
        List<WebElement> found = browser.findElements(By.cssSelector("[data-flashkit-id='" + id + "']"));
        return !found.isEmpty() && !found.get(0).getAttribute("class").contains("flashkit-leaving");
    }

    private void waitUntilGone(String id, long millis) {
        new WebDriverWait(browser, Duration.ofMillis(millis), Duration.ofMillis(25))
                .until(b -> b.findElements(By.cssSelector("[data-flashkit-id='" + id + "']"))
                        .isEmpty());
    }

    private double dismissedAt(String id) {
        Object at = browser.executeScript("return window.dismissals.filter(d => d.id === arguments[0])[0].at;", id);
        return ((Number) at).doubleValue();
    }

    private void assertNoDialog() {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("a JavaScript dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog: the markup stayed text
        }
    }

    /** Real time is the behaviour under test here (auto-dismiss timers); kept short. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
