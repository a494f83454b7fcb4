package dev.flashkit.webflux;

import dev.flashkit.adaptertests.ScenarioRoutes;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.reactive.config.EnableWebFlux;

/** A WebFlux application serving {@link ScenarioRoutes} from one annotated controller, through the filter's accessors. */
@Configuration(proxyBeanMethods = false)
@EnableWebFlux
@Import(ScenarioController.class)
class ScenarioWebApp {}
