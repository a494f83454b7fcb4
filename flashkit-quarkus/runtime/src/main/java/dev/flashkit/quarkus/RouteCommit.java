package dev.flashkit.quarkus;

import dev.flashkit.RequestContext;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.session.SessionTooLargeException;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * The commit of a request that no Quarkus REST response filter committed: a Vert.x route ({@code @Route}, a router
 * handler), a static file, a 404. Vert.x's headers-end hook is synchronous, so it commits there only what completes
 * at once — always the case with the cookie store; a store that answers later (Redis) needs the route to {@link
 * FlashkitQuarkus#commit commit} before it ends the response, and a blocking store is never run on the event loop.
 */
final class RouteCommit {
    private static final Logger LOG = Logger.getLogger(RouteCommit.class);

    private RouteCommit() {}

    /** The explicit commit of {@link FlashkitQuarkus#commit}: answers 503 itself when the store fails. */
    static CompletionStage<Void> commit(RoutingContext routing, RequestContext context) {
        return RequestEnd.end(context, routing.response().getStatusCode()).thenAccept(failure -> {
            if (failure.isPresent()) {
                Unavailable.answer(routing, context, failure.get());
                throw failure.get();
            }
        });
    }

    /** Runs as the response headers are written. */
    static void atHeadersEnd(RoutingContext routing, RequestContext context) {
        if (context.isCommitted()) {
            return;
        }
        HttpServerResponse response = routing.response();
        if (response.getStatusCode() >= 500) {
            RequestEnd.abandon(context);
            return;
        }
        if (!Offload.nonBlocking(context.flashkit()) && Context.isOnEventLoopThread()) {
            RequestEnd.abandon(context);
            LOG.errorf(
                    "Flashkit: %s %s ended on the event loop without a commit, and the session store may block: nothing"
                            + " was saved. Call FlashkitQuarkus.commit(routingContext) before ending the response.",
                    routing.request().method(), routing.request().path());
            return;
        }
        CompletableFuture<Void> commit = context.commitAsync().toCompletableFuture();
        if (!commit.isDone()) {
            LOG.errorf(
                    "Flashkit: the session store is still saving %s %s as its headers go out; a new session's cookie"
                            + " may be missing. Call FlashkitQuarkus.commit(routingContext) before ending the response.",
                    routing.request().method(), routing.request().path());
            return;
        }
        try {
            commit.join();
        } catch (RuntimeException e) {
            Throwable cause = Offload.unwrap(e);
            response.headers().remove("Set-Cookie");
            if (cause instanceof SessionStoreException storeFailure) {
                Unavailable.PAGE.log(context.exchange(), storeFailure);
                response.setStatusCode(Unavailable.PAGE.status());
                Unavailable.PAGE.headers().forEach(response::putHeader);
            } else if (cause instanceof SessionTooLargeException) {
                LOG.error("Flashkit: " + cause.getMessage());
                response.setStatusCode(500);
            } else {
                throw e;
            }
        }
    }
}
