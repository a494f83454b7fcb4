package dev.flashkit.spring;

import dev.flashkit.adaptertests.AdapterScenarios;
import dev.flashkit.spring.scenario.ScenarioApplication;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The shared adapter scenarios on Spring Boot (embedded Tomcat) with the starter's auto-configuration. */
class SpringScenarioTest extends AdapterScenarios {
    private ConfigurableApplicationContext installed;
    private ConfigurableApplicationContext bare;

    /**
     * Turns Spring Security's auto-configuration off (it is on the test classpath for SecurityOrderTest), and
     * Actuator's security for its endpoints with it (Actuator is there for the metrics tests).
     */
    static final String NO_SECURITY = "spring.autoconfigure.exclude="
            + "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration,"
            + "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration";

    /** Starts {@code application} on a free port, Spring Security's auto-configuration off. */
    static ConfigurableApplicationContext run(Class<?> application, String... properties) {
        return new SpringApplicationBuilder(application)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off", NO_SECURITY)
                .properties(properties)
                .run();
    }

    /** Where {@code context}'s embedded server listens. */
    static URI uri(ConfigurableApplicationContext context) {
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    protected Servers start() {
        installed = run(ScenarioApplication.class, "flashkit.secret=" + TestSecrets.random());
        bare = run(ScenarioApplication.class, "flashkit.enabled=false");
        return new Servers(uri(installed), uri(bare));
    }

    @Override
    protected void stop() {
        installed.close();
        bare.close();
    }
}
