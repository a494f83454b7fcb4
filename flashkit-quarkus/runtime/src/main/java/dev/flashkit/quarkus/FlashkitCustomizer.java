package dev.flashkit.quarkus;

import dev.flashkit.FlashkitConfig;

/**
 * A CDI bean that adjusts Flashkit's configuration in code, after the {@code quarkus.flashkit.*} properties and
 * {@code FLASHKIT_*} variables were applied: message tags, a text resolver, a renderer, a clock. Every such bean
 * runs, in no particular order.
 */
@FunctionalInterface
public interface FlashkitCustomizer {
    /** Changes {@code builder}, already filled from the configuration. */
    void customize(FlashkitConfig.Builder builder);
}
