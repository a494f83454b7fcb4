package dev.flashkit.spring.config;

import java.util.Map;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * A minimal Spring Boot servlet application for the configuration tests: auto-configuration only (Spring
 * Security's off), on a free port, with made-up environment variables in place of the process's own.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration(
        excludeName = {
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration"
        })
public class ConfigApplication {
    /**
     * A builder for this application plus {@code sources}, whose environment variables are exactly {@code
     * variables} (Spring reads them as it reads real ones: relaxed binding, origins, placeholders).
     */
    public static SpringApplicationBuilder with(Map<String, Object> variables, Class<?>... sources) {
        StandardServletEnvironment environment = new StandardServletEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(variables)));
        return new SpringApplicationBuilder(ConfigApplication.class)
                .sources(sources)
                .environment(environment)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off");
    }
}
