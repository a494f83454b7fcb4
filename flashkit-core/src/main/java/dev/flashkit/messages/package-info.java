/**
 * Flash messages: the {@link dev.flashkit.messages.Messages} facade, the {@link dev.flashkit.messages.Message}
 * and {@link dev.flashkit.messages.Level} values, the {@link dev.flashkit.messages.MessageStorage} SPI with
 * cookie, session and fallback storages, and the HTML and JSON renderers.
 */
package dev.flashkit.messages;
