package dev.flashkit.quarkus;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import dev.flashkit.session.SessionStoreException;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The route filter the extension installs in front of every route: opens the request's {@link RequestContext}
 * over a {@link VertxExchange}, runs {@link RequestContext#prepare()} (on a worker thread when a store may block,
 * never on the event loop), and only then lets the request go on to its handler. A session store that fails while
 * loading answers 503 without calling the handler. The commit happens before the response headers go out: in
 * Quarkus REST's response filter ({@link RestCommitFilter}), else when the headers are written ({@link RouteCommit}).
 */
final class FlashkitRouteFilter implements Handler<RoutingContext> {
    /** Early among route filters (higher runs first): before the application's own filters, which may use it. */
    static final int PRIORITY = 1000;

    private final Flashkit flashkit;

    FlashkitRouteFilter(Flashkit flashkit) {
        this.flashkit = flashkit;
    }

    @Override
    public void handle(RoutingContext routing) {
        RequestContext context = flashkit.open(new VertxExchange(routing));
        routing.put(RequestContext.ATTRIBUTE, context);
        routing.addHeadersEndHandler(ignored -> RouteCommit.atHeadersEnd(routing, context));
        CompletionStage<RequestContext> prepared = Offload.run(!Offload.nonBlocking(flashkit), context::prepare);
        CompletableFuture<RequestContext> now = prepared.toCompletableFuture();
        if (now.isDone()) { // the cookie store: no thread hop
            proceed(routing, context, now.isCompletedExceptionally() ? failure(now) : null);
            return;
        }
        Context vertx = Vertx.currentContext();
        routing.request().pause(); // no body bytes may be lost while the store answers
        prepared.whenComplete((ready, failure) -> Offload.resumeOn(vertx, () -> {
            routing.request().resume();
            proceed(routing, context, failure);
        }));
    }

    private static void proceed(RoutingContext routing, RequestContext context, Throwable failure) {
        if (failure == null) {
            routing.next();
            return;
        }
        RequestEnd.abandon(context);
        Throwable cause = Offload.unwrap(failure);
        if (cause instanceof SessionStoreException storeFailure) {
            Unavailable.answer(routing, context, storeFailure);
        } else {
            routing.fail(cause);
        }
    }

    private static Throwable failure(CompletableFuture<?> failed) {
        try {
            failed.join();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
