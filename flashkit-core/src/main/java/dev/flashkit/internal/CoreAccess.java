package dev.flashkit.internal;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.spi.RequestScope;

/**
 * What Flashkit's own packages and modules read from the public API types that the API does not show: the
 * codec and cookie attributes of a {@link FlashkitConfig}, the counters of a {@link Flashkit} and of a
 * request. The API classes keep those members package-private and install the one implementation when {@code
 * FlashkitConfig} is initialised (the JDK's "shared secrets" pattern), so no internal type appears in a public
 * signature. Flashkit internal.
 */
public abstract class CoreAccess {
    private static volatile CoreAccess installed;

    /** For the one implementation in {@code dev.flashkit}. */
    protected CoreAccess() {}

    /** Installs the implementation; called once, by {@code FlashkitConfig}. */
    public static void install(CoreAccess access) {
        synchronized (CoreAccess.class) {
            if (installed != null) {
                throw new IllegalStateException("CoreAccess is installed once, by FlashkitConfig");
            }
            installed = access;
        }
    }

    private static CoreAccess get() {
        CoreAccess access = installed;
        if (access == null) {
            try { // FlashkitConfig installs it when initialised; a caller holding a config has done that
                Class.forName("dev.flashkit.FlashkitConfig", true, CoreAccess.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            access = installed;
        }
        return access;
    }

    /** The sealed-cookie codec over {@code config}'s key ring. */
    public static SealedCodec codec(FlashkitConfig config) {
        return get().codecOf(config);
    }

    /** {@code config}'s cookie attributes for a request over HTTPS ({@code secureRequest}) or not. */
    public static SetCookieHeader.Attributes cookieAttributes(FlashkitConfig config, boolean secureRequest) {
        return get().cookieAttributesOf(config, secureRequest);
    }

    /** The counters of {@code flashkit}. */
    public static Counters counters(Flashkit flashkit) {
        return get().countersOf(flashkit);
    }

    /** The counters of the Flashkit serving {@code scope}'s request (see {@link Counters#of(RequestScope)}). */
    public static Counters counters(RequestScope scope) {
        return get().countersOf(scope);
    }

    /**
     * How long {@code scope}'s session cookie value would be if the session were saved now with {@code value}
     * under {@code key} (the session store measures the session's real state); loads the session.
     */
    public static int sessionCookieLengthWith(RequestScope scope, String key, Object value) {
        return get().sessionCookieLengthOf(scope, key, value);
    }

    /** See {@link #codec(FlashkitConfig)}. */
    protected abstract SealedCodec codecOf(FlashkitConfig config);

    /** See {@link #cookieAttributes(FlashkitConfig, boolean)}. */
    protected abstract SetCookieHeader.Attributes cookieAttributesOf(FlashkitConfig config, boolean secureRequest);

    /** See {@link #counters(Flashkit)}. */
    protected abstract Counters countersOf(Flashkit flashkit);

    /** See {@link #counters(RequestScope)}. */
    protected abstract Counters countersOf(RequestScope scope);

    /** See {@link #sessionCookieLengthWith}. */
    protected abstract int sessionCookieLengthOf(RequestScope scope, String key, Object value);
}
