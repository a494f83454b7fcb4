package dev.flashkit.spring.reactive;

import dev.flashkit.adaptertests.ScenarioRoutes;
import dev.flashkit.webflux.FlashkitWebFilter;
import dev.flashkit.webflux.ScenarioController;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * A Spring Boot WebFlux app (Reactor Netty) serving {@link ScenarioRoutes} from flashkit-webflux's {@link
 * ScenarioController} (its test jar) through {@link FlashkitWebFilter}'s accessors, and {@link NotesController}'s pages, which take {@code Session} and {@code
 * Messages} as arguments and render the Thymeleaf fragment on the reactive engine.
 */
@SpringBootApplication
@Import(ScenarioController.class)
public class ReactiveScenarioApplication {}
