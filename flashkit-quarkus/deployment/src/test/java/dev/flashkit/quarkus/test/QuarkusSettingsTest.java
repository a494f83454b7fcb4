package dev.flashkit.quarkus.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitSetting;
import dev.flashkit.adaptertests.SettingsScenarios;
import dev.flashkit.test.TestSecrets;
import io.quarkus.test.QuarkusUnitTest;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The settings scenarios on Quarkus, {@link SettingsScenarios#SETTINGS} given as the {@code quarkus.flashkit.*}
 * properties the settings table names ({@code FLASHKIT_SESSION_IDLE_TIMEOUT} as {@code
 * quarkus.flashkit.session.idle-timeout}...), the clock through a {@code FlashkitCustomizer} bean.
 */
class QuarkusSettingsTest extends SettingsScenarios {
    @RegisterExtension
    static final QuarkusUnitTest APP = configured(TestApps.serving(
            ScenarioResource.class, NonBlockingScenarioResource.class, RestCall.class, SettingsClock.class));

    private static QuarkusUnitTest configured(QuarkusUnitTest app) {
        for (Map.Entry<String, String> setting : properties().entrySet()) {
            app.overrideConfigKey(setting.getKey(), setting.getValue());
        }
        return app.overrideConfigKey("quarkus.flashkit.secret", TestSecrets.random());
    }

    /** {@link SettingsScenarios#SETTINGS} as properties. */
    private static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        for (FlashkitSetting setting : FlashkitSetting.values()) {
            String value = setting.hasTextForm() ? SETTINGS.get(setting.variable()) : null;
            if (value != null) {
                properties.put("quarkus." + setting.property(), value);
            }
        }
        return properties;
    }

    @Override
    protected URI start(Map<String, String> settings, Clock clock) {
        Map<String, String> asked = new HashMap<>(settings);
        asked.remove("FLASHKIT_SECRET"); // the application has its own random one
        assertThat(asked).isEqualTo(SETTINGS);
        assertThat(properties()).hasSameSizeAs(SETTINGS);
        SettingsClock.follow(clock);
        return TestApps.uri();
    }

    @Override
    protected void stop() {}
}
