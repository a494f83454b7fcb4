package dev.flashkit.quarkus.example;

// tag::docs[]
import dev.flashkit.quarkus.FlashkitQuarkus;
import io.quarkus.vertx.web.Route;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CartRoutes {
    @Route(path = "/cart", methods = Route.HttpMethod.POST)
    void add(RoutingContext routing) {
        String item = routing.request().getParam("item");
        FlashkitQuarkus.session(routing).put("cart", item);
        FlashkitQuarkus.messages(routing).success("'" + item + "' is in your cart");
        routing.response().setStatusCode(303).putHeader("Location", "/items");
        FlashkitQuarkus.commit(routing) // saves first (Redis answers asynchronously), then the 303 goes out
                .subscribe()
                .with(saved -> routing.response().end(), failure -> {
                    if (!routing.response().ended()) { // a store failure has already answered 503
                        routing.fail(failure);
                    }
                });
    }
}
// end::docs[]
