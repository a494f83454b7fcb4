package dev.flashkit.webflux;

import dev.flashkit.module.ApiListing;
import org.junit.jupiter.api.Test;

/**
 * Compares this module's public API with the committed listing {@code api/flashkit-webflux.api}, so that every change
 * to a public signature shows up in review. Run with {@code -Dapi.update=true} to rewrite the listing.
 */
class ApiListingTest {
    @Test
    void apiListing_compiledClasses_matchCommittedListing() throws Exception {
        ApiListing.check(FlashkitWebFilter.class, "flashkit-webflux");
    }
}
