package dev.flashkit.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC: {@code Session}, {@code Messages} and {@code RequestContext} as controller method arguments, taken
 * from the context the {@code FlashkitFilter} of {@link FlashkitAutoConfiguration} opened. Active also with
 * {@code flashkit.enabled=false}, so that such an argument fails with a {@code FlashkitNotInstalledException}
 * saying why rather than with Spring's "No primary or single unique constructor found". Both auto-configurations
 * are part of Spring Boot's {@code @WebMvcTest} slice.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
public class FlashkitWebMvcAutoConfiguration {

    /** Creates the auto-configuration (Spring calls this). */
    public FlashkitWebMvcAutoConfiguration() {}

    /** Adds the argument resolver to Spring MVC. */
    @Bean
    WebMvcConfigurer flashkitArgumentResolvers(Environment environment) {
        // What FlashkitAutoConfiguration's @ConditionalOnProperty tests: unset, or "true" in any case.
        boolean starterEnabled = "true".equalsIgnoreCase(environment.getProperty("flashkit.enabled", "true"));
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new FlashkitArgumentResolver(starterEnabled));
            }
        };
    }
}
