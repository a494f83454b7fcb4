/**
 * Flashkit for Spring WebFlux: {@link dev.flashkit.webflux.FlashkitWebFilter} (sessions and flash messages on the
 * non-blocking path) and {@link dev.flashkit.webflux.FlashkitArgumentResolver} (controller arguments).
 */
package dev.flashkit.webflux;
