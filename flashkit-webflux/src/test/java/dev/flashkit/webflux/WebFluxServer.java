package dev.flashkit.webflux;

import dev.flashkit.Flashkit;
import java.net.URI;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A Spring WebFlux application on Reactor Netty over a real socket, without Spring Boot: the {@code
 * configurations} in an application context, {@link FlashkitWebFilter} (when {@code flashkit} is given) as a bean,
 * served through {@link WebHttpHandlerBuilder} as Spring Boot would.
 */
final class WebFluxServer implements AutoCloseable {
    private final AnnotationConfigApplicationContext context;
    private final DisposableServer server;

    private WebFluxServer(AnnotationConfigApplicationContext context, DisposableServer server) {
        this.context = context;
        this.server = server;
    }

    /** Starts the application with Flashkit installed, or without it when {@code flashkit} is {@code null}. */
    static WebFluxServer start(Flashkit flashkit, Class<?>... configurations) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.register(configurations);
        if (flashkit != null) {
            context.registerBean(FlashkitWebFilter.class, () -> new FlashkitWebFilter(flashkit));
        }
        context.refresh();
        HttpHandler handler = WebHttpHandlerBuilder.applicationContext(context)
                .filters(filters -> filters.add(0, WebFluxServer::reportSlow))
                .build();
        DisposableServer server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle(new ReactorHttpHandlerAdapter(handler))
                .bindNow();
        return new WebFluxServer(context, server);
    }

    /** Prints requests slower than a second (a diagnosis for a test that times out: which request, how long). */
    private static Mono<Void> reportSlow(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 1000) {
                System.err.println("SLOW " + exchange.getRequest().getMethod() + " "
                        + exchange.getRequest().getURI() + ": " + millis + " ms, " + signal + " on "
                        + Thread.currentThread().getName());
            }
        });
    }

    /** Where it listens. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The application context, e.g. to reach its beans. */
    AnnotationConfigApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        server.disposeNow();
        context.close();
    }
}
