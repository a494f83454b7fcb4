package dev.flashkit.spring;

import dev.flashkit.adaptertests.FailingSessionStore;
import dev.flashkit.adaptertests.StoreFailureScenarios;
import dev.flashkit.spring.scenario.ScenarioApplication;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The store-failure scenarios on Spring Boot: the starter uses the application's {@code SessionStore} bean. */
class SpringStoreFailureTest extends StoreFailureScenarios {
    private ConfigurableApplicationContext context;

    @Override
    protected URI start(FailingSessionStore store) {
        context = new SpringApplicationBuilder(ScenarioApplication.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        SpringScenarioTest.NO_SECURITY,
                        "flashkit.secret=" + TestSecrets.random())
                .initializers(app -> app.getBeanFactory().registerSingleton("failingSessionStore", store))
                .run();
        return SpringScenarioTest.uri(context);
    }

    @Override
    protected void stop() {
        context.close();
    }
}
