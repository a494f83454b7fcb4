package dev.flashkit.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Saves browser screenshots for docs/demo.md. Maven points {@code flashkit.demo.screenshots} at
 * {@code docs/images}; elsewhere (an IDE run) they go to {@code target/screenshots}.
 */
final class Screenshots {

    private Screenshots() {}

    /** Writes a PNG of the current viewport as {@code <name>.png}. */
    static Path save(TakesScreenshot browser, String name) {
        Path dir = Path.of(System.getProperty("flashkit.demo.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
