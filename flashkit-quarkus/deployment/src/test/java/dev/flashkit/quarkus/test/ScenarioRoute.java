package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.ScenarioRoutes;
import io.quarkus.vertx.web.Route;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Serves {@link ScenarioRoutes} from one reactive route ({@code @Route}) on the event loop. */
@ApplicationScoped
public class ScenarioRoute {
    @Route(regex = "/.*")
    void handle(RoutingContext routing) {
        ScenarioRoutes.handle(new VertxCall(routing));
    }
}
