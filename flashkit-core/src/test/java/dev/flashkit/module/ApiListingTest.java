package dev.flashkit.module;

import dev.flashkit.Flashkit;
import org.junit.jupiter.api.Test;

/**
 * Compares core's public API with the committed listing {@code api/flashkit-core.api}, so that every change
 * to an exported signature shows up in review. Run with {@code -Dapi.update=true} to rewrite the listing.
 */
class ApiListingTest {
    @Test
    void apiListing_compiledClasses_matchCommittedListing() throws Exception {
        ApiListing.check(Flashkit.class, "flashkit-core");
    }
}
