package dev.flashkit.spring;

import dev.flashkit.adaptertests.TargetReleaseScenarios;
import dev.flashkit.spring.scenario.ScenarioApplication;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import org.springframework.context.ConfigurableApplicationContext;

/** The target-release scenarios on Spring Boot (embedded Tomcat) with the starter's auto-configuration. */
class SpringTargetReleaseTest extends TargetReleaseScenarios {
    private ConfigurableApplicationContext context;

    @Override
    protected URI start() {
        context = SpringScenarioTest.run(ScenarioApplication.class, "flashkit.secret=" + TestSecrets.random());
        return SpringScenarioTest.uri(context);
    }

    @Override
    protected void stop() {
        context.close();
    }
}
