package dev.flashkit.messages;

import java.util.List;
import java.util.Locale;

/**
 * Turns an i18n key plus arguments into text in the reader's locale, at display time. The default
 * ({@link #resourceBundle(String)}) reads {@code messages*.properties} resource bundles; plug in Spring's
 * {@code MessageSource} or anything else with a lambda.
 */
@FunctionalInterface
public interface MessageTextResolver {

    /**
     * The text for {@code key} in the best of {@code locales} (reader's preference, best first; may be
     * empty), or {@code null} when the key is unknown (Flashkit then shows the key itself).
     */
    String resolve(String key, List<Object> args, List<Locale> locales);

    /** Resolves from {@link java.util.ResourceBundle}s named {@code baseName}, formatting with MessageFormat. */
    static MessageTextResolver resourceBundle(String baseName) {
        return new ResourceBundleTextResolver(baseName, Thread.currentThread().getContextClassLoader());
    }

    /** Like {@link #resourceBundle(String)} with an explicit class loader. */
    static MessageTextResolver resourceBundle(String baseName, ClassLoader loader) {
        return new ResourceBundleTextResolver(baseName, loader);
    }
}
