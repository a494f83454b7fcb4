package dev.flashkit.quarkus;

import dev.flashkit.RequestContext;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.session.SessionTooLargeException;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The commit point for Quarkus REST resources, blocking and non-blocking alike: a response filter that returns a
 * {@link Uni}, so the store's answer (Redis) is awaited without blocking any thread, before Quarkus REST writes the
 * status and headers. Installed by the deployment module only when the application has Quarkus REST. Public only
 * because Quarkus REST's generated filter calls it; not an API for applications.
 */
public final class RestCommitFilter {
    private static final Logger LOG = Logger.getLogger(RestCommitFilter.class);

    /** Made by Quarkus REST, which finds this class through the deployment module. */
    public RestCommitFilter() {}

    /**
     * Commits the current request before Quarkus REST writes {@code response}: after the application's own response
     * filters (they run from high to low priority).
     */
    @ServerResponseFilter(priority = 1)
    public Uni<Void> commit(ContainerResponseContext response) {
        RoutingContext routing =
                Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (routing == null
                || !(routing.get(RequestContext.ATTRIBUTE) instanceof RequestContext context)
                || context.isCommitted()) {
            return Uni.createFrom().voidItem();
        }
        ((VertxExchange) context.exchange()).respondThrough(response);
        Context vertx = Vertx.currentContext();
        return Uni.createFrom()
                .completionStage(() -> RequestEnd.end(context, response.getStatus()))
                .emitOn(command -> Offload.resumeOn(vertx, command))
                .onItemOrFailure()
                .transform((failure, error) -> {
                    answer(context, response, failure, error);
                    return null;
                });
    }

    private static void answer(
            RequestContext context,
            ContainerResponseContext response,
            Optional<SessionStoreException> failure,
            Throwable error) {
        if (error == null && failure.isEmpty()) {
            return;
        }
        response.getHeaders().clear();
        if (error == null) {
            Unavailable.PAGE.log(context.exchange(), failure.get());
            response.setStatus(Unavailable.PAGE.status());
            Unavailable.PAGE.headers().forEach(response.getHeaders()::putSingle);
            response.setEntity(
                    new String(Unavailable.PAGE.body(), StandardCharsets.UTF_8),
                    null,
                    MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"));
            return;
        }
        Throwable cause = Offload.unwrap(error);
        if (cause instanceof SessionTooLargeException) {
            LOG.error("Flashkit: " + cause.getMessage());
        } else {
            LOG.error("Flashkit: the commit failed", cause);
        }
        response.setStatus(500);
        response.setEntity("Internal Server Error", null, MediaType.TEXT_PLAIN_TYPE);
    }
}
