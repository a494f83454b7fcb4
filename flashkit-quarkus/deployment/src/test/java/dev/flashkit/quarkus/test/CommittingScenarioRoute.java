package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.ScenarioRoutes;
import io.quarkus.vertx.web.Route;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Serves {@link ScenarioRoutes} from one reactive route that commits through {@code FlashkitQuarkus.commit} before it
 * ends each response: what a Vert.x route does with the Redis store.
 */
@ApplicationScoped
public class CommittingScenarioRoute {
    @Route(regex = "/.*")
    void handle(RoutingContext routing) {
        ScenarioRoutes.handle(new VertxCall(routing, true));
    }
}
