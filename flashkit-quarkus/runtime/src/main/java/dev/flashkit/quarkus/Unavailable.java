package dev.flashkit.quarkus;

import dev.flashkit.RequestContext;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.StoreUnavailable;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;

/** The {@link StoreUnavailable} answer (503, {@code Retry-After}, no Flashkit cookie) on Vert.x. */
final class Unavailable {
    static final StoreUnavailable PAGE = StoreUnavailable.retryAfter(Duration.ofSeconds(1));

    private Unavailable() {}

    /** Answers the request with the 503 page instead of whatever it was going to send. */
    static void answer(RoutingContext routing, RequestContext context, SessionStoreException failure) {
        PAGE.log(context.exchange(), failure);
        HttpServerResponse response = routing.response();
        if (response.headWritten()) {
            return; // too late to answer otherwise: the request was abandoned, nothing was saved
        }
        response.headers().clear();
        response.setStatusCode(PAGE.status());
        PAGE.headers().forEach(response::putHeader);
        response.end(Buffer.buffer(PAGE.body()));
    }
}
