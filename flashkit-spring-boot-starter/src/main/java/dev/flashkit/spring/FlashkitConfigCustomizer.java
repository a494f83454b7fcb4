package dev.flashkit.spring;

import dev.flashkit.FlashkitConfig;

/**
 * Adjusts the auto-configured {@code Flashkit} in code. Each customizer bean receives the {@link
 * FlashkitConfig.Builder} already filled from the {@code flashkit.*} properties, just before it is built;
 * several are applied in {@link org.springframework.core.annotation.Order @Order} / {@link
 * org.springframework.core.Ordered} order. Use one for what properties cannot express (a message renderer
 * or text resolver, level tags, a custom message storage object) instead of declaring your own {@code Flashkit} bean,
 * which the {@code flashkit.*} properties — production mode included — would not reach.
 */
@FunctionalInterface
public interface FlashkitConfigCustomizer {
    /** Changes {@code builder}, which already holds the {@code flashkit.*} properties. */
    void customize(FlashkitConfig.Builder builder);
}
