package dev.flashkit.quarkus;

import dev.flashkit.Flashkit;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Installs {@link FlashkitRouteFilter} in front of the application's routes when Quarkus builds its router. */
@Singleton
final class FlashkitRoutes {
    void install(@Observes Filters filters, Flashkit flashkit) {
        filters.register(new FlashkitRouteFilter(flashkit), FlashkitRouteFilter.PRIORITY);
    }
}
