package dev.flashkit;

import java.util.Locale;
import java.util.function.Function;

/** Reads every {@code FLASHKIT_*} variable of the {@link FlashkitSetting} table into a builder. */
final class EnvironmentSettings {
    private EnvironmentSettings() {}

    /** Applies each set, non-blank variable that {@code lookup} finds (system properties or environment). */
    static FlashkitConfig.Builder applyTo(FlashkitConfig.Builder b, Function<String, String> lookup) {
        for (FlashkitSetting setting : FlashkitSetting.values()) {
            if (setting.hasTextForm()) {
                String value = lookup.apply(setting.variable());
                if (value != null && !value.isBlank()) {
                    setting.apply(b, value, setting.variable());
                }
            }
        }
        return b;
    }

    /** {@code name} as a system property ({@code FLASHKIT_SECRET}, then {@code flashkit.secret}), else the environment's. */
    static String systemValue(String name) {
        String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.');
        String value = System.getProperty(name, System.getProperty(dotted));
        return value != null ? value : System.getenv(name);
    }
}
