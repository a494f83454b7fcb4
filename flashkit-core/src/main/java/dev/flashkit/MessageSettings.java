package dev.flashkit;

import dev.flashkit.messages.Level;
import dev.flashkit.messages.MessageRenderer;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.MessageTextResolver;
import java.time.Duration;
import java.util.Map;

/**
 * The messages part of {@link FlashkitConfig}, set through its builder.
 *
 * @param cookieName the messages cookie's full name (with the {@code __Host-} prefix when enabled)
 * @param storage the configured storage, or {@code null} for the default (cookie, then session)
 * @param level the global minimum level
 * @param tags level value → tag overrides (Django's {@code MESSAGE_TAGS})
 * @param maxAge how long any stored message lives
 * @param targetMaxAge how long a message reserved for a redirect target waits for it
 * @param backlog most unread messages kept per client
 * @param textResolver resolves i18n keys
 * @param renderer renders {@code messages.html()}
 * @param htmx whether undisplayed messages are delivered to htmx requests in {@code HX-Trigger}
 * @param levels the level constants for templates ({@link Level#constants}): the standard levels, plus the
 *     custom levels given a tag ({@code messageTag}) or set as the minimum level
 */
public record MessageSettings(
        String cookieName,
        MessageStorage storage,
        Level level,
        Map<Integer, String> tags,
        Duration maxAge,
        Duration targetMaxAge,
        int backlog,
        MessageTextResolver textResolver,
        MessageRenderer renderer,
        boolean htmx,
        Map<String, Integer> levels) {

    /** The tag of {@code level}: the configured one, else the level's name. */
    public String tagOf(Level level) {
        String tag = tags.get(level.value());
        return tag != null ? tag : level.name();
    }

    @Override
    public String toString() {
        return "messages[cookie=" + cookieName + ", storage=" + (storage == null ? "fallback" : storage) + ", level="
                + level + ", maxAge=" + maxAge + ", targetMaxAge=" + targetMaxAge + ", backlog=" + backlog
                + ", htmx=" + htmx + "]";
    }
}
