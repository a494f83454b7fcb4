package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.ScenarioRoutes;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Serves {@link ScenarioRoutes} from a Quarkus REST resource with the injected session and messages. */
abstract class ScenarioResource {
    @Inject
    Session session;

    @Inject
    Messages messages;

    @Inject
    CurrentVertxRequest current;

    @GET
    @Path("{path:.*}")
    public Response get() {
        return handle();
    }

    @HEAD
    @Path("{path:.*}")
    public Response head() {
        return handle();
    }

    @POST
    @Path("{path:.*}")
    public Response post() {
        return handle();
    }

    private Response handle() {
        RestCall call = new RestCall(current.getCurrent(), session, messages);
        ScenarioRoutes.handle(call);
        return call.response();
    }
}
