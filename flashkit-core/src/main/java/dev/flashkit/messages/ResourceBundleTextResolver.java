package dev.flashkit.messages;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads keys from resource bundles. The reader's locales are tried best first, then the base bundle;
 * the server's default locale is never used (it is not the reader's). Flashkit's own keys
 * ({@code flashkit.*}) fall back to a bundled English text.
 */
final class ResourceBundleTextResolver implements MessageTextResolver {
    static final String BUILT_IN = "dev.flashkit.messages.flashkit";
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private final String baseName;
    private final ClassLoader loader;

    ResourceBundleTextResolver(String baseName, ClassLoader loader) {
        if (baseName == null || baseName.isBlank()) {
            throw new IllegalArgumentException("messageBundle must not be blank");
        }
        this.baseName = baseName;
        this.loader = loader != null ? loader : ResourceBundleTextResolver.class.getClassLoader();
    }

    @Override
    public String resolve(String key, List<Object> args, List<Locale> locales) {
        String found = find(baseName, loader, key, args, locales);
        if (found == null && key.startsWith("flashkit.")) {
            found = find(BUILT_IN, ResourceBundleTextResolver.class.getClassLoader(), key, args, locales);
        }
        return found;
    }

    private static String find(String base, ClassLoader loader, String key, List<Object> args, List<Locale> locales) {
        for (Locale locale : locales) {
            String pattern = lookup(base, loader, key, locale, true);
            if (pattern != null) {
                return format(pattern, args, locale);
            }
        }
        String pattern = lookup(base, loader, key, Locale.ROOT, false);
        return pattern == null ? null : format(pattern, args, locales.isEmpty() ? Locale.ROOT : locales.get(0));
    }

    private static String lookup(String base, ClassLoader loader, String key, Locale locale, boolean sameLanguage) {
        try {
            ResourceBundle bundle = bundle(base, locale, loader);
            if (sameLanguage && !bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
                return null; // only the base bundle matched: try the reader's next locale first
            }
            if (!sameLanguage && !bundle.getLocale().equals(Locale.ROOT)) {
                return null; // the JDK fell back to the server's default locale: not the reader's
            }
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException | ClassCastException none) {
            return null;
        }
    }

    /**
     * A named module (core on the module path) may not pass a {@code ResourceBundle.Control}; there the JDK's
     * default lookup runs, and its fallback to the server's default locale is rejected by the caller instead.
     */
    private static ResourceBundle bundle(String base, Locale locale, ClassLoader loader) {
        if (ResourceBundleTextResolver.class.getModule().isNamed()) {
            return ResourceBundle.getBundle(base, locale, loader);
        }
        return ResourceBundle.getBundle(base, locale, loader, CONTROL);
    }

    private static String format(String pattern, List<Object> args, Locale locale) {
        if (args.isEmpty()) {
            return pattern;
        }
        try {
            return new MessageFormat(pattern, locale).format(args.toArray());
        } catch (IllegalArgumentException badPattern) {
            return pattern;
        }
    }

    @Override
    public String toString() {
        return "ResourceBundleTextResolver[" + baseName + "]";
    }
}
