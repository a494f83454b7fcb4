package dev.flashkit.benchmarks.quarkus;

import dev.flashkit.benchmarks.http.AllocationCounter;
import dev.flashkit.benchmarks.http.BenchmarkApp;
import dev.flashkit.benchmarks.http.Floor;
import dev.flashkit.benchmarks.http.Pages;
import dev.flashkit.messages.Messages;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The Quarkus variant's endpoints, the same as the other variants' (see {@link BenchmarkApp}): {@code /hello}
 * never touches Flashkit, {@code /add} flashes the benchmark's message and answers 303 to {@code /show}, which
 * renders it; {@code /mimic}, {@code /floor-add} and {@code /floor-show} are the reference rows without Flashkit.
 * Every method runs on the event loop ({@link NonBlocking}): nothing here blocks, and the cookie store loads and
 * commits there too.
 */
@Path("/")
@NonBlocking
public class BenchmarkResource {
    @Inject
    Messages messages;

    @Inject
    BenchmarkPages fixtures;

    /** The page without Flashkit: the baseline. */
    @GET
    @Path("hello")
    @Produces(MediaType.TEXT_HTML)
    public String hello() {
        return fixtures.pages().render("Hello", "");
    }

    /** Flashes the success message and redirects to {@code /show}. */
    @GET
    @Path("add")
    public Response add() {
        messages.success(BenchmarkApp.MESSAGE);
        return seeOther("/show").build();
    }

    /** The page with the pending messages, which are consumed. */
    @GET
    @Path("show")
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        return fixtures.pages().render("Show", messages.html());
    }

    /** {@code /show}'s response without Flashkit's work. */
    @GET
    @Path("mimic")
    @Produces(MediaType.TEXT_HTML)
    public Response mimic() {
        Pages pages = fixtures.pages();
        return withHeaders(Response.ok(pages.mimicPage()), pages.mimicHeaders());
    }

    /** One raw AES-GCM seal and a 303 to {@code /floor-show}, no Flashkit (see {@link Floor}). */
    @GET
    @Path("floor-add")
    public Response floorAdd() {
        return withHeaders(seeOther("/floor-show"), fixtures.floor().addHeaders());
    }

    /** One raw AES-GCM open, then {@code /mimic}'s response (see {@link Floor}). */
    @GET
    @Path("floor-show")
    @Produces(MediaType.TEXT_HTML)
    public Response floorShow(@HeaderParam(HttpHeaders.COOKIE) String cookie) {
        Floor floor = fixtures.floor();
        Pages pages = fixtures.pages();
        String page = floor.opens(cookie) ? pages.mimicPage() : pages.render("Show", "");
        return withHeaders(Response.ok(page), floor.showHeaders());
    }

    /** The bytes this JVM's threads have allocated so far. */
    @GET
    @Path("_allocated")
    @Produces(MediaType.TEXT_PLAIN)
    public String allocated() {
        return AllocationCounter.allocatedBytes();
    }

    /**
     * A 303 whose {@code Location} is the path as given, as the other variants send it: {@code Response.seeOther}
     * would make it absolute, which Flashkit (rightly) does not take for this application's own page, so the
     * message would not be targeted to {@code /show} and its cookie would differ from the other variants'.
     */
    private static Response.ResponseBuilder seeOther(String path) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path);
    }

    private static Response withHeaders(Response.ResponseBuilder response, List<Map.Entry<String, String>> headers) {
        for (Map.Entry<String, String> header : headers) {
            response.header(header.getKey(), header.getValue());
        }
        return response.build();
    }
}
