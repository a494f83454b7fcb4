package dev.flashkit.spring;

import dev.flashkit.adaptertests.AdapterScenarios;
import dev.flashkit.spring.reactive.ReactiveScenarioApplication;
import dev.flashkit.test.TestSecrets;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shared adapter scenarios on Spring Boot WebFlux (Reactor Netty): adding the starter to a reactive application
 * installs Flashkit with no code (FlashkitWebFluxAutoConfiguration).
 */
class SpringWebFluxScenarioTest extends AdapterScenarios {
    private ConfigurableApplicationContext installed;
    private ConfigurableApplicationContext bare;

    @Override
    protected Servers start() {
        installed = ReactiveApps.run(ReactiveScenarioApplication.class, "flashkit.secret=" + TestSecrets.random());
        bare = ReactiveApps.run(ReactiveScenarioApplication.class, "flashkit.enabled=false");
        return new Servers(ReactiveApps.uri(installed), ReactiveApps.uri(bare));
    }

    @Override
    protected void stop() {
        installed.close();
        bare.close();
    }
}
