package dev.flashkit.webflux.example;

// tag::docs[]
import dev.flashkit.Flashkit;
import dev.flashkit.webflux.FlashkitArgumentResolver;
import dev.flashkit.webflux.FlashkitWebFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/** Without Spring Boot: the filter as a bean, and Session/Messages as controller arguments. */
@Configuration
@EnableWebFlux
public class FlashkitConfiguration implements WebFluxConfigurer {
    @Bean
    public FlashkitWebFilter flashkitWebFilter() {
        return new FlashkitWebFilter(Flashkit.fromEnvironment()); // FLASHKIT_SECRET and the other FLASHKIT_* settings
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new FlashkitArgumentResolver());
    }
}
// end::docs[]
