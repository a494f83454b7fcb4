package dev.flashkit.quarkus.example;

// tag::docs[]
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/items")
public class ItemsResource {
    @Inject
    Session session; // this request's session, loaded before the method runs: never blocks

    @Inject
    Messages messages; // this request's flash messages

    @Inject
    Template items; // templates/items.html

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list() {
        return items.data("count", session.getLong("count", 0)).render();
    }

    @POST
    public Response add(@FormParam("name") String name) {
        if (name == null || name.isBlank()) {
            messages.error("Enter the name of the item to add");
        } else {
            session.put("count", session.getLong("count", 0) + 1);
            messages.success("Item '" + name + "' added");
        }
        return Response.seeOther(URI.create("/items")).build(); // 303: the message waits for GET /items
    }
}
// end::docs[]
