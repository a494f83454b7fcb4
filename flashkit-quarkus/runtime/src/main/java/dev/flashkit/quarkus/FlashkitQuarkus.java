package dev.flashkit.quarkus;

import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Flashkit's accessors for Vert.x code in a Quarkus application ({@code @Route} methods, router handlers): the
 * session and messages of the request a {@link RoutingContext} belongs to. Quarkus REST resources and beans inject
 * {@link Session} and {@link Messages} instead.
 */
public final class FlashkitQuarkus {
    /** What {@link FlashkitNotInstalledException} advises on Quarkus. */
    static final String ADVICE =
            "On Quarkus, add the dependency dev.flashkit:flashkit-quarkus: its route filter opens a"
                    + " context for every HTTP request that reaches the application's router. "
                    + FlashkitNotInstalledException.INSTALL_HINT;

    private FlashkitQuarkus() {}

    /** The request's Flashkit context, or {@link FlashkitNotInstalledException} when the extension did not open one. */
    public static RequestContext context(RoutingContext routing) {
        Object attribute = routing.get(RequestContext.ATTRIBUTE);
        if (attribute instanceof RequestContext context) {
            return context;
        }
        throw new FlashkitNotInstalledException("context", ADVICE);
    }

    /** The request's session (already loaded: reading it never blocks). */
    public static Session session(RoutingContext routing) {
        if (routing.get(RequestContext.ATTRIBUTE) instanceof RequestContext context) {
            return context.session();
        }
        throw new FlashkitNotInstalledException("session", ADVICE);
    }

    /** The request's flash messages (those it may display are already loaded). */
    public static Messages messages(RoutingContext routing) {
        if (routing.get(RequestContext.ATTRIBUTE) instanceof RequestContext context) {
            return context.messages();
        }
        throw new FlashkitNotInstalledException("messages", ADVICE);
    }

    /** The request's messages, or {@link Messages#NOOP} where Flashkit is not installed. */
    public static Messages messagesOrNoop(RoutingContext routing) {
        return RequestContext.messagesOrNoop(routing.get(RequestContext.ATTRIBUTE));
    }

    /**
     * Commits the request's session and messages now, without blocking, for a Vert.x route whose store answers
     * asynchronously (Redis): end the response when the returned {@link Uni} completes. With the cookie store a
     * route need not call it (the extension commits when the response headers go out). A store failure ends the
     * response with 503 and fails the {@code Uni}.
     */
    public static Uni<Void> commit(RoutingContext routing) {
        return Uni.createFrom().completionStage(() -> RouteCommit.commit(routing, context(routing)));
    }
}
