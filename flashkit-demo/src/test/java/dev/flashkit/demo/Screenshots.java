package dev.flashkit.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Saves browser screenshots under {@code target/screenshots}, so a test run never rewrites tracked files.
 * With {@code -Dflashkit.screenshots.dir=docs/images} (relative to the repository root, or absolute) each
 * one is also copied there, to refresh the images of docs/demo.md.
 */
final class Screenshots {
    /** Where every screenshot is written (relative to the module, i.e. its build directory). */
    static final Path TARGET = Path.of("target", "screenshots");

    private Screenshots() {}

    /** Writes a PNG of the current viewport as {@code <name>.png}; returns the file under {@link #TARGET}. */
    static Path save(TakesScreenshot browser, String name) {
        return write(browser.getScreenshotAs(OutputType.BYTES), name, System.getProperty("flashkit.screenshots.dir"))
                .get(0);
    }

    /**
     * Writes {@code png} as {@code <name>.png} under {@link #TARGET} and, when {@code copyDir} is not blank,
     * also into {@code copyDir} (resolved against the repository root); returns the files written.
     */
    static List<Path> write(byte[] png, String name, String copyDir) {
        List<Path> dirs = new ArrayList<>(List.of(TARGET));
        if (copyDir != null && !copyDir.isBlank()) {
            Path root = Path.of(System.getProperty("flashkit.repository.root", ".."));
            dirs.add(root.resolve(copyDir.trim()));
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Path dir : dirs) {
                Files.createDirectories(dir);
                written.add(Files.write(dir.resolve(name + ".png"), png));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
