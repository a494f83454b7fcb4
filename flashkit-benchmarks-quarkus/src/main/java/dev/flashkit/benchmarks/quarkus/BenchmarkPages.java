package dev.flashkit.benchmarks.quarkus;

import dev.flashkit.Flashkit;
import dev.flashkit.benchmarks.http.Floor;
import dev.flashkit.benchmarks.http.Pages;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The page and the crypto floor the resource answers with, made once from the application's {@link Flashkit} (the
 * extension's, on the cookie store): {@code /mimic} and the floor copy its cookie settings.
 */
@Singleton
public class BenchmarkPages {
    private final Pages pages;
    private final Floor floor;

    /** Built from the Flashkit every request uses. */
    @Inject
    BenchmarkPages(Flashkit flashkit) {
        this.pages = new Pages(flashkit.config());
        this.floor = Floor.matching(flashkit);
    }

    /** The page every endpoint renders. */
    Pages pages() {
        return pages;
    }

    /** The raw AES-GCM reference endpoints' work. */
    Floor floor() {
        return floor;
    }
}
