package dev.flashkit.spring;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitSetting;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Binds the {@code flashkit.*} property of every {@link FlashkitSetting} row and puts it on the builder through the
 * row's own parser, so a value means the same as the {@code FLASHKIT_*} variable does outside Spring. Spring's
 * relaxed binding also finds the variables ({@code FLASHKIT_MESSAGES_LEVEL} for {@code flashkit.messages.level}).
 * A bad value fails naming the property and where it was set. Mode and secrets are left to {@link
 * ProductionModeCheck} and {@link SecretSettings}, which also look at unresolved placeholders.
 */
final class TableProperties {
    /** Rows the starter reads through {@link FlashkitProperties} instead. */
    private static final Set<FlashkitSetting> BOUND_ELSEWHERE =
            Set.of(FlashkitSetting.ENV, FlashkitSetting.SECRET, FlashkitSetting.SECRET_FALLBACKS);

    private TableProperties() {}

    static void apply(Environment environment, FlashkitConfig.Builder builder) {
        Binder binder = Binder.get(environment);
        for (FlashkitSetting setting : FlashkitSetting.values()) {
            if (setting.hasTextForm() && !BOUND_ELSEWHERE.contains(setting)) {
                String value = binder.bind(setting.property(), String.class).orElse(null);
                if (value != null && !value.isBlank()) {
                    setting.apply(
                            builder,
                            value,
                            SettingSource.of(environment, setting.property()).toString());
                }
            }
        }
    }
}
