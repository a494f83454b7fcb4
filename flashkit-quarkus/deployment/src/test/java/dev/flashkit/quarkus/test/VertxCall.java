package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.ScenarioCall;
import dev.flashkit.messages.Messages;
import dev.flashkit.quarkus.FlashkitQuarkus;
import dev.flashkit.session.Session;
import io.vertx.ext.web.RoutingContext;

/**
 * {@link ScenarioCall} for a Vert.x route, through {@link FlashkitQuarkus}' accessors. With {@code commitFirst} it ends
 * each response as a route must with a store that answers later (Redis): {@link FlashkitQuarkus#commit} first.
 */
final class VertxCall implements ScenarioCall {
    private final RoutingContext routing;
    private final boolean commitFirst;

    VertxCall(RoutingContext routing) {
        this(routing, false);
    }

    VertxCall(RoutingContext routing, boolean commitFirst) {
        this.routing = routing;
        this.commitFirst = commitFirst;
    }

    @Override
    public String method() {
        return routing.request().method().name();
    }

    @Override
    public String path() {
        return routing.request().path();
    }

    @Override
    public String param(String name) {
        return routing.request().getParam(name);
    }

    @Override
    public Session session() {
        return FlashkitQuarkus.session(routing);
    }

    @Override
    public Messages messages() {
        return FlashkitQuarkus.messages(routing);
    }

    @Override
    public Messages messagesOrNoop() {
        return FlashkitQuarkus.messagesOrNoop(routing);
    }

    @Override
    public void header(String name, String value) {
        routing.response().putHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        routing.response().headers().add(name, value);
    }

    @Override
    public void redirect(String location) {
        routing.response().setStatusCode(303).putHeader("Location", location);
        end(null);
    }

    @Override
    public void respond(int status, String body) {
        routing.response().setStatusCode(status).putHeader("Content-Type", "text/plain;charset=UTF-8");
        end(method().equals("HEAD") ? null : body); // Vert.x sends what it is given: a HEAD handler writes no body
    }

    private void end(String body) {
        if (!commitFirst) {
            endNow(body);
            return;
        }
        FlashkitQuarkus.commit(routing).subscribe().with(committed -> endNow(body), failure -> {
            // the commit answered 503 itself
        });
    }

    private void endNow(String body) {
        if (body == null) {
            routing.response().end();
        } else {
            routing.response().end(body);
        }
    }

    @Override
    public void flush() {
        // the commit point of a Vert.x route is its response's headers: none inside the handler
    }
}
