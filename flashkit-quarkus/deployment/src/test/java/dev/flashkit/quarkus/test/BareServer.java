package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.ScenarioRoutes;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * A Vert.x server without the extension's route filter, serving {@link ScenarioRoutes} through {@link
 * dev.flashkit.quarkus.FlashkitQuarkus}' accessors: the "not installed" side of the scenarios.
 */
final class BareServer implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    BareServer() throws Exception {
        Router router = Router.router(vertx);
        router.route().handler(routing -> ScenarioRoutes.handle(new VertxCall(routing)));
        server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
