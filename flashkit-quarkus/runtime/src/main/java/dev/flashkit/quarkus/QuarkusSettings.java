package dev.flashkit.quarkus;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitSetting;
import java.util.function.Function;

/**
 * Fills a {@link FlashkitConfig.Builder} from the {@code quarkus.flashkit.*} property of every {@link FlashkitSetting}
 * row ({@code "quarkus." + row.property()}), each through the row's own parser, with the row's {@code FLASHKIT_*}
 * variable winning over the property. The mode defaults to production in Quarkus' prod launch mode, so a production
 * run without a secret fails at startup with Flashkit's own message, while dev and test runs get a development key.
 */
final class QuarkusSettings {
    /** Where the {@code quarkus.flashkit.*} names start. */
    static final String PREFIX = "quarkus.";

    private QuarkusSettings() {}

    /** A property's value and where it was set, for error messages. */
    record Value(String text, String source) {}

    /**
     * The builder for {@code properties} (by full name, e.g. {@code quarkus.flashkit.session.max-age}, empty text or
     * {@code null} when unset) and {@code variables} (by {@code FLASHKIT_*} name).
     *
     * @param prodLaunch whether Quarkus runs in prod launch mode (the mode when neither names one)
     */
    static FlashkitConfig.Builder builder(
            Function<String, Value> properties, Function<String, String> variables, boolean prodLaunch) {
        FlashkitConfig.Builder builder = FlashkitConfig.builder();
        for (FlashkitSetting setting : FlashkitSetting.values()) {
            if (!setting.hasTextForm()) {
                continue;
            }
            String variable = variables.apply(setting.variable());
            if (variable != null && !variable.isBlank()) {
                setting.apply(builder, variable, setting.variable());
                continue;
            }
            Value value = properties.apply(PREFIX + setting.property());
            if (value != null && value.text() != null && !value.text().isBlank()) {
                setting.apply(builder, value.text(), value.source());
            } else if (setting == FlashkitSetting.ENV) {
                setting.apply(
                        builder,
                        prodLaunch ? "production" : "development",
                        "Quarkus' " + (prodLaunch ? "prod" : "dev or test") + " launch mode (no " + PREFIX
                                + setting.property() + " nor " + setting.variable() + " set)");
            }
        }
        return builder.secretSources(
                PREFIX + FlashkitSetting.SECRET.property() + " (or the " + FlashkitSetting.SECRET.variable()
                        + " environment variable)",
                PREFIX + FlashkitSetting.SECRET_FALLBACKS.property() + " (or the "
                        + FlashkitSetting.SECRET_FALLBACKS.variable() + " environment variable)");
    }
}
