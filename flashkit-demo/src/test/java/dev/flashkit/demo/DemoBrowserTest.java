package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every flow of the demo in real headless Chromium (issue 5 §4), taking the screenshots for docs/demo.md. */
class DemoBrowserTest {

    private static DemoServer server;
    private static DemoServer quick;
    private ChromeDriver browser;

    @BeforeAll
    static void start() {
        server = DemoServer.start();
        quick = DemoServer.start("DEMO_DISMISS_MS", "1500");
    }

    @AfterAll
    static void stop() {
        server.close();
        quick.close();
    }

    @BeforeEach
    void freshBrowser() {
        browser = Chromium.fresh();
    }

    @Test
    void itemForm_submitted_showsSuccessOnceAndReloadShowsNothing() {
        addItem(server, "Tea");

        assertThat(browser.getCurrentUrl()).endsWith("/submit_item");
        assertThat(texts()).containsExactly("Item 'Tea' added successfully!");
        WebElement message = browser.findElement(By.cssSelector(".flashkit-messages .flashkit-message"));
        new WebDriverWait(browser, Duration.ofSeconds(3)).until(b -> message.isDisplayed());
        assertThat(message.getAttribute("class")).contains("alert-success");
        assertThat(message.getCssValue("position")).isEqualTo("relative");
        assertThat(browser.findElement(By.className("flashkit-messages")).getCssValue("position"))
                .isEqualTo("fixed");

        browser.navigate().refresh();

        assertThat(texts()).isEmpty();
    }

    @Test
    void itemForm_markupAsName_showsAsTextAndNoDialogOpens() throws InterruptedException {
        addItem(server, "<img src=x onerror=alert(1)>");

        assertThat(texts()).containsExactly("Item '<img src=x onerror=alert(1)>' added successfully!");
        assertThat(browser.findElements(By.cssSelector(".flashkit-message img")))
                .isEmpty();
        Thread.sleep(300); // give a (wrongly) injected onerror handler the time to fire
        assertNoDialog();
    }

    @Test
    void flash_backAndForward_doesNotShowItAgain() {
        addItem(server, "Tea");
        assertThat(texts()).hasSize(1);
        browser.findElement(By.linkText("Levels")).click();
        waitForPath("/levels");

        browser.navigate().back();
        waitForPath("/submit_item");
        assertThat(texts()).as("after back").isEmpty();

        browser.navigate().forward();
        waitForPath("/levels");
        assertThat(texts()).as("after forward").doesNotContain("Item 'Tea' added successfully!");
    }

    @Test
    void closeButton_clicked_removesTheMessage() {
        addItem(server, "");
        assertThat(texts()).containsExactly("Item name must not be empty.");

        browser.findElement(By.cssSelector(".flashkit-message [data-flashkit-dismiss]"))
                .click();

        waitUntil(() -> texts().isEmpty());
    }

    @Test
    void autoDismiss_configuredTimeout_successLeavesAfterItAndNotBeforeErrorStays() {
        addItem(quick, "Tea");
        browser.executeScript(
                "document.addEventListener('flashkit:dismissed'," + " () => { window.goneAt = performance.now(); });");
        assertThat(texts()).hasSize(1);

        waitUntil(() -> browser.executeScript("return window.goneAt") != null);

        double goneAt = ((Number) browser.executeScript("return window.goneAt")).doubleValue();
        double responseStart = ((Number)
                        browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStart;"))
                .doubleValue();
        assertThat(goneAt - responseStart).as("ms on screen").isBetween(1500.0, 1500.0 + 4000.0);

        addItem(quick, "");
        sleep(2200);
        assertThat(texts()).as("errors stay").containsExactly("Item name must not be empty.");
    }

    @Test
    void login_wrongThenRight_flashesErrorThenWelcomeAndLogoutSaysGoodbye() {
        browser.get(server.url("/dashboard"));
        waitForPath("/login");
        assertThat(texts()).containsExactly("Please log in to view the dashboard.");

        logIn("test", "wrong");
        assertThat(texts()).containsExactly("Invalid username or password.");

        logIn("test", "password");
        waitForPath("/dashboard");
        assertThat(texts()).containsExactly("Welcome back, test!");
        assertThat(browser.findElement(By.id("dashboard-user")).getText()).isEqualTo("test");

        browser.findElement(By.id("logout")).click();
        waitForPath("/");
        assertThat(texts()).containsExactly("You have been logged out.");
    }

    @Test
    void levels_desktopAndMobile_everyLevelShownAndScreenshotted() {
        Chromium.reducedMotion(browser, true); // stable screenshots: no enter animation
        browser.get(server.url("/levels"));

        assertThat(levels()).containsExactly("debug", "info", "success", "warning", "error", "notice");
        assertThat(Files.exists(Screenshots.save(browser, "levels"))).isTrue();

        browser.manage().window().setSize(Chromium.MOBILE);
        browser.get(server.url("/levels"));
        WebElement container = browser.findElement(By.className("flashkit-messages"));
        int viewport = ((Number) browser.executeScript("return document.documentElement.clientWidth")).intValue();
        assertThat(container.getSize().getWidth()).as("full width on mobile").isGreaterThan(viewport - 24);
        Screenshots.save(browser, "levels-mobile");
    }

    @Test
    void htmxForm_posted_showsToastAndAppendsItem() {
        Chromium.reducedMotion(browser, true);
        browser.get(server.url("/htmx"));
        browser.findElement(By.id("htmx_item_name")).sendKeys("Tea");
        browser.findElement(By.id("htmx-add")).click();

        WebElement toast = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(b -> b.findElement(By.cssSelector(".flashkit-toasts .flashkit-message")));

        assertThat(toast.findElement(By.className("flashkit-text")).getDomProperty("textContent"))
                .isEqualTo("Item 'Tea' added successfully!");
        assertThat(toast.getAttribute("role")).isEqualTo("status");
        assertThat(browser.findElement(By.id("htmx-items")).getText()).isEqualTo("Tea");
        assertThat(browser.getCurrentUrl()).endsWith("/htmx");
        Screenshots.save(browser, "htmx-toast");
    }

    @Test
    void fetchForm_posted_pendingMessagesFetchedAsToast() {
        browser.get(server.url("/htmx"));
        browser.findElement(By.id("fetch_item_name")).sendKeys("Coffee");
        browser.findElement(By.id("fetch-add")).click();

        WebElement toast = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(b -> b.findElement(By.cssSelector(".flashkit-toasts .flashkit-message")));

        assertThat(toast.findElement(By.className("flashkit-text")).getDomProperty("textContent"))
                .isEqualTo("Item 'Coffee' added successfully!");
        assertThat(browser.getCurrentUrl()).endsWith("/htmx");
    }

    @Test
    void htmxRedirect_clicked_messageShownOnTheLandingPage() {
        browser.get(server.url("/htmx"));
        browser.findElement(By.id("htmx-redirect")).click();

        waitForPath("/");
        assertThat(texts()).containsExactly("Saved. This message followed the HX-Redirect.");
        assertThat(browser.findElements(By.cssSelector(".flashkit-toasts .flashkit-message")))
                .isEmpty();
    }

    @Test
    void home_afterSubmit_screenshotOfTheFlash() {
        Chromium.reducedMotion(browser, true);
        addItem(server, "Tea");
        assertThat(texts()).hasSize(1);
        Screenshots.save(browser, "item-added");
    }

    @Test
    void sessionEndpoints_inTheBrowser_setGetAndDebugShowTheValueButNoCookieValue() {
        browser.get(server.url("/get-session"));
        assertThat(bodyText()).isEqualTo("{\"key\":null}");

        browser.get(server.url("/set-session"));
        assertThat(bodyText()).isEqualTo("{\"message\":\"Session data set\"}");
        browser.get(server.url("/get-session"));
        assertThat(bodyText()).isEqualTo("{\"key\":\"value\"}");

        browser.get(server.url("/debug/session"));
        String cookie = browser.manage().getCookieNamed("flashkit_session").getValue();
        assertThat(bodyText()).contains("\"key\":\"value\"").doesNotContain(cookie);
    }

    // --- helpers -------------------------------------------------------------------------------

    private void addItem(DemoServer target, String name) {
        browser.get(target.url("/"));
        browser.findElement(By.id("item_name")).sendKeys(name);
        browser.findElement(By.id("add-item")).click();
        waitForPath("/submit_item");
    }

    private void logIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(b ->
                        !b.findElements(By.cssSelector(".flashkit-messages")).isEmpty());
    }

    private String bodyText() {
        return browser.findElement(By.tagName("body")).getText().trim();
    }

    private List<String> texts() {
        return browser
                .findElements(By.cssSelector(".flashkit-messages .flashkit-message:not(.flashkit-leaving)"))
                .stream()
                .map(el -> el.findElement(By.className("flashkit-text")).getDomProperty("textContent"))
                .toList();
    }

    private List<String> levels() {
        return browser.findElements(By.cssSelector(".flashkit-messages .flashkit-message")).stream()
                .map(el -> el.getAttribute("data-flashkit-level"))
                .toList();
    }

    private void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(b -> java.net.URI.create(b.getCurrentUrl()).getPath().equals(path)
                        && "complete".equals(browser.executeScript("return document.readyState")));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(8), Duration.ofMillis(25)).until(b -> condition.getAsBoolean());
    }

    private void assertNoDialog() {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("a JavaScript dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog: the name stayed text
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
