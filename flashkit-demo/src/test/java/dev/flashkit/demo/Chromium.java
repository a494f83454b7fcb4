package dev.flashkit.demo;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole test JVM (starting a browser costs about a second), driven by
 * the Debian {@code chromium-driver}. When Chromium is missing the tests fail under {@code CI=true}
 * and are skipped with a loud message otherwise; {@code scripts/browser-deps.sh} installs it.
 */
final class Chromium {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension MOBILE = new Dimension(390, 844);

    private static final String BINARY = System.getProperty("flashkit.chromium", "/usr/bin/chromium");
    private static ChromeDriver driver;

    private Chromium() {}

    /** The shared browser, reset to a blank page, no cookies, desktop size and normal motion. */
    static synchronized ChromeDriver fresh() {
        if (driver == null) {
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(DESKTOP);
        reducedMotion(driver, false);
        return driver;
    }

    /** Emulates the user's {@code prefers-reduced-motion} setting (via the DevTools protocol). */
    static void reducedMotion(ChromeDriver browser, boolean reduce) {
        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "features",
                        java.util.List.of(Map.of("name", "prefers-reduced-motion", "value", reduce ? "reduce" : ""))));
    }

    private static ChromeDriver start() {
        String driverPath = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        if (!new File(BINARY).canExecute() || !new File(driverPath).canExecute()) {
            String message = "Chromium (" + BINARY + ") or chromedriver (" + driverPath + ") is missing: run"
                    + " scripts/browser-deps.sh (Debian packages chromium and chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            System.err.println("\n*** SKIPPING BROWSER TESTS: " + message + " ***\n");
            Assumptions.abort(message);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + profile);
        // Leave an unexpected alert() open so a test can see it instead of Selenium dismissing it.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort()
                .build();
        ChromeDriver started = new ChromeDriver(service, options);
        started.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return started;
    }
}
