package dev.flashkit.spring.security;

import dev.flashkit.messages.Level;
import dev.flashkit.servlet.FlashkitFilter;
import jakarta.servlet.http.HttpServletRequest;

/** Adds a configured text as a flash message; an empty or missing text adds nothing. */
final class Flash {
    private Flash() {}

    static void add(HttpServletRequest request, Level level, String text) {
        if (text != null && !text.isBlank()) {
            FlashkitFilter.messagesOrNoop(request).add(level, text);
        }
    }
}
