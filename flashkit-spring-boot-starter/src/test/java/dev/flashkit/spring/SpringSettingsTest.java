package dev.flashkit.spring;

import dev.flashkit.FlashkitSetting;
import dev.flashkit.adaptertests.SettingsScenarios;
import dev.flashkit.spring.scenario.ScenarioApplication;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The settings scenarios on Spring Boot: each variable becomes the {@code flashkit.*} property the settings table
 * names for it, and a {@link FlashkitConfigCustomizer} bean sets the clock.
 */
class SpringSettingsTest extends SettingsScenarios {
    private ConfigurableApplicationContext context;

    @Override
    protected URI start(Map<String, String> settings, Clock clock) {
        String[] properties = settings.entrySet().stream()
                .map(e -> FlashkitSetting.valueOf(e.getKey().substring("FLASHKIT_".length()))
                                .property() + "=" + e.getValue())
                .toArray(String[]::new);
        FlashkitConfigCustomizer clockSetter = builder -> builder.clock(clock);
        context = new SpringApplicationBuilder(ScenarioApplication.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        SpringScenarioTest.NO_SECURITY)
                .properties(properties)
                .initializers(app -> app.getBeanFactory().registerSingleton("testClock", clockSetter))
                .run();
        return SpringScenarioTest.uri(context);
    }

    @Override
    protected void stop() {
        context.close();
    }
}
