package dev.flashkit.demo;

import java.util.Map;

/**
 * The demo's settings, read from environment variables: {@code PORT} (default 8080),
 * {@code FLASHKIT_STORE} ({@code cookie}, {@code memory} or {@code redis://host:port}; default
 * {@code cookie}) and {@code FLASHKIT_ENV} ({@code production} turns off the debug page and makes
 * Flashkit insist on a strong {@code FLASHKIT_SECRET}).
 *
 * @param port the HTTP port; 0 picks a free one (tests)
 * @param store the session store selector as given
 * @param production whether {@code FLASHKIT_ENV=production}
 */
public record DemoSettings(int port, String store, boolean production) {

    /** The settings a plain {@code java -jar} start uses: port 8080, cookie sessions, development. */
    public static DemoSettings defaults() {
        return new DemoSettings(8080, "cookie", false);
    }

    /**
     * Reads the settings from an environment map.
     *
     * @throws IllegalArgumentException naming the variable when a value is malformed
     */
    public static DemoSettings fromEnvironment(Map<String, String> env) {
        String rawPort = env.getOrDefault("PORT", "8080").trim();
        int port;
        try {
            port = Integer.parseInt(rawPort);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number between 0 and 65535, got '" + rawPort + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PORT must be a number between 0 and 65535, got '" + rawPort + "'");
        }
        String store = env.getOrDefault("FLASHKIT_STORE", "cookie").trim();
        boolean production = "production"
                .equalsIgnoreCase(env.getOrDefault("FLASHKIT_ENV", "").trim());
        return new DemoSettings(port, store.isEmpty() ? "cookie" : store, production);
    }

    /** A copy listening on another port. */
    public DemoSettings withPort(int newPort) {
        return new DemoSettings(newPort, store, production);
    }

    /** A copy using another session store selector. */
    public DemoSettings withStore(String newStore) {
        return new DemoSettings(port, newStore, production);
    }
}
