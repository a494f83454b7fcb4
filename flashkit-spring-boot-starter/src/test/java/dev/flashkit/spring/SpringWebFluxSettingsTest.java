package dev.flashkit.spring;

import dev.flashkit.FlashkitSetting;
import dev.flashkit.adaptertests.SettingsScenarios;
import dev.flashkit.spring.reactive.ReactiveScenarioApplication;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The settings scenarios on Spring Boot WebFlux: each variable becomes the {@code flashkit.*} property the settings
 * table names for it — the same properties as on the servlet stack — and a {@link FlashkitConfigCustomizer} bean
 * sets the clock.
 */
class SpringWebFluxSettingsTest extends SettingsScenarios {
    private ConfigurableApplicationContext context;

    @Override
    protected URI start(Map<String, String> settings, Clock clock) {
        String[] properties = settings.entrySet().stream()
                .map(e -> FlashkitSetting.valueOf(e.getKey().substring("FLASHKIT_".length()))
                                .property() + "=" + e.getValue())
                .toArray(String[]::new);
        FlashkitConfigCustomizer clockSetter = builder -> builder.clock(clock);
        context = new SpringApplicationBuilder(ReactiveScenarioApplication.class, ReactiveApps.OnReactorNetty.class)
                .web(WebApplicationType.REACTIVE)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        ReactiveApps.NO_SECURITY)
                .properties(properties)
                .initializers(app -> app.getBeanFactory().registerSingleton("testClock", clockSetter))
                .run();
        return ReactiveApps.uri(context);
    }

    @Override
    protected void stop() {
        context.close();
    }
}
