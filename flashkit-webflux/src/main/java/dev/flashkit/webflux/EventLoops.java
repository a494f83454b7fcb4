package dev.flashkit.webflux;

import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.ClassUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;

/**
 * The event loop of a request's connection on Reactor Netty, where the filter continues once a store's stage
 * completed on another thread (Lettuce's event loop, a worker, a timer): the response is then written and
 * completed on the thread that reads the connection's next request, as Reactor Netty's HTTP/1.1 keep-alive handling
 * expects. Without that a response completed from a foreign thread could race with the next request on the same
 * connection, which then never got an answer (seen with the Redis store: about one request in two hundred).
 * {@code null} on other servers (Tomcat, Jetty, Undertow), whose adapters need no such care.
 */
final class EventLoops {
    private static final boolean REACTOR_NETTY =
            ClassUtils.isPresent("reactor.netty.Connection", EventLoops.class.getClassLoader());

    private EventLoops() {}

    /** The scheduler of {@code exchange}'s connection's event loop, or {@code null} when not on Reactor Netty. */
    static Scheduler of(ServerWebExchange exchange) {
        return REACTOR_NETTY ? OnReactorNetty.of(exchange) : null;
    }

    /** Loaded only when Reactor Netty is on the class path. */
    private static final class OnReactorNetty {
        static Scheduler of(ServerWebExchange exchange) {
            Object request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
            return request instanceof Connection connection
                    ? Schedulers.fromExecutor(connection.channel().eventLoop())
                    : null;
        }
    }
}
