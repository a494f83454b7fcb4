package dev.flashkit.demo;

import java.util.Map;

/**
 * The demo's own settings, read from environment variables: {@code PORT} (default 8080),
 * {@code FLASHKIT_STORE} ({@code cookie}, {@code memory}, {@code redis://host:port} or
 * {@code postgresql://user:password@host:port/db}; default {@code cookie}), {@code FLASHKIT_ENV} ({@code production} hides the debug page; Flashkit itself then
 * insists on a strong {@code FLASHKIT_SECRET}) and {@code DEMO_DISMISS_MS} (how long success, info and
 * debug messages stay; unset = flashkit.js's 5000 ms, 0 = until closed).
 *
 * @param port the HTTP port; 0 picks a free one
 * @param store the session store selector as given
 * @param production whether {@code FLASHKIT_ENV=production}
 * @param dismissMs the auto-dismiss time for success/info/debug in ms, or {@code null} for the default
 */
public record DemoSettings(int port, String store, boolean production, Integer dismissMs) {

    /**
     * Reads the settings from an environment map.
     *
     * @throws IllegalArgumentException naming the variable when a value is malformed
     */
    public static DemoSettings fromEnvironment(Map<String, String> env) {
        int port = number(env, "PORT", 8080, 65535);
        String store = env.getOrDefault("FLASHKIT_STORE", "").trim();
        boolean production = "production"
                        .equalsIgnoreCase(env.getOrDefault("FLASHKIT_ENV", "").trim())
                || "prod".equalsIgnoreCase(env.getOrDefault("FLASHKIT_ENV", "").trim());
        Integer dismissMs = env.containsKey("DEMO_DISMISS_MS") ? number(env, "DEMO_DISMISS_MS", 0, 600_000) : null;
        return new DemoSettings(port, store.isEmpty() ? "cookie" : store, production, dismissMs);
    }

    private static int number(Map<String, String> env, String name, int fallback, int max) {
        String raw = env.getOrDefault(name, String.valueOf(fallback)).trim();
        try {
            int value = Integer.parseInt(raw);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a number between 0 and " + max + ", not '" + raw + "'");
    }
}
