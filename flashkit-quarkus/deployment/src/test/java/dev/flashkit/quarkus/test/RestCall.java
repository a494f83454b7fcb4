package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.ScenarioCall;
import dev.flashkit.messages.Messages;
import dev.flashkit.quarkus.FlashkitQuarkus;
import dev.flashkit.session.Session;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ScenarioCall} for a Quarkus REST resource: the injected {@link Session} and {@link Messages}, and a JAX-RS
 * {@link Response} built from what the routes answer.
 */
final class RestCall implements ScenarioCall {
    private final RoutingContext routing;
    private final Session session;
    private final Messages messages;
    private final List<String[]> headers = new ArrayList<>();
    private int status = 200;
    private String body = "";

    RestCall(RoutingContext routing, Session session, Messages messages) {
        this.routing = routing;
        this.session = session;
        this.messages = messages;
    }

    /** The response the routes answered. */
    Response response() {
        Response.ResponseBuilder response = Response.status(status).entity(body).type("text/plain;charset=UTF-8");
        for (String[] header : headers) {
            response.header(header[0], header[1]);
        }
        return response.build();
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
        return session;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public Messages messagesOrNoop() {
        return FlashkitQuarkus.messagesOrNoop(routing);
    }

    @Override
    public void header(String name, String value) {
        headers.removeIf(h -> h[0].equalsIgnoreCase(name));
        headers.add(new String[] {name, value});
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(new String[] {name, value});
    }

    @Override
    public void redirect(String location) {
        status = 303;
        header("Location", location);
    }

    @Override
    public void respond(int status, String body) {
        this.status = status;
        this.body = body;
    }

    @Override
    public void flush() {
        // Quarkus REST writes the response after the resource method returns: no commit point inside it
    }
}
