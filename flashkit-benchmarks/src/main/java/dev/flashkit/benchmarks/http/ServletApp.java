package dev.flashkit.benchmarks.http;

import dev.flashkit.Flashkit;
import dev.flashkit.servlet.FlashkitFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The servlet variant: embedded Jetty 12 (ee10) on a free loopback port, with {@link FlashkitFilter} in front
 * of {@code /hello} (which never touches it), {@code /add} and {@code /show}. {@code /bare} serves the same
 * page as {@code /hello} without the filter: the cost of an installed but untouched Flashkit; {@code /mimic}
 * the response of {@code /show} without Flashkit; {@code /floor-add} and {@code /floor-show}, also outside the
 * filter, the same round trip with raw AES-GCM ({@link Floor}).
 */
final class ServletApp {
    private ServletApp() {}

    /** Starts the server and returns its port. */
    static int start(Pages pages, Flashkit flashkit, Floor floor) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        FilterHolder filter = new FilterHolder(new FlashkitFilter(flashkit));
        for (String path : new String[] {"/hello", "/add", "/show"}) {
            context.addFilter(filter, path, EnumSet.of(DispatcherType.REQUEST));
        }
        context.addServlet(new ServletHolder(new Hello(pages)), "/hello");
        context.addServlet(new ServletHolder(new Hello(pages)), "/bare");
        context.addServlet(new ServletHolder(new Add()), "/add");
        context.addServlet(new ServletHolder(new Show(pages)), "/show");
        context.addServlet(new ServletHolder(new Mimic(pages)), "/mimic");
        context.addServlet(new ServletHolder(new FloorAdd(floor)), "/floor-add");
        context.addServlet(new ServletHolder(new FloorShow(pages, floor)), "/floor-show");
        context.addServlet(new ServletHolder(new Allocated()), "/_allocated");
        server.setHandler(context);
        server.start();
        return connector.getLocalPort();
    }

    private static void writeHtml(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(html);
    }

    /** {@code GET /hello}: the page without Flashkit. */
    static final class Hello extends HttpServlet {
        private final transient Pages pages;

        Hello(Pages pages) {
            this.pages = pages;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            writeHtml(response, pages.render("Hello", ""));
        }
    }

    /** {@code GET /add}: flashes the success message and answers 303 to {@code /show}. */
    static final class Add extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            FlashkitFilter.context(request).messages().success(BenchmarkApp.MESSAGE);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/show");
        }
    }

    /** {@code GET /show}: renders the pending messages as alerts (consuming them). */
    static final class Show extends HttpServlet {
        private final transient Pages pages;

        Show(Pages pages) {
            this.pages = pages;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            writeHtml(
                    response,
                    pages.render(
                            "Show", FlashkitFilter.context(request).messages().html()));
        }
    }

    /**
     * {@code GET /mimic}, outside the filter: the response {@code /show} gives (same headers, same page with the
     * same alert markup) built without Flashkit, to the same request cookie. What the extra bytes of a flash
     * round trip cost the server and the client, apart from Flashkit's own work.
     */
    static final class Mimic extends HttpServlet {
        private final transient Pages pages;

        Mimic(Pages pages) {
            this.pages = pages;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            pages.mimicHeaders().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
            writeHtml(response, pages.mimicPage());
        }
    }

    /** {@code GET /floor-add}, outside the filter: a raw AES-GCM sealed cookie and 303 to {@code /floor-show}. */
    static final class FloorAdd extends HttpServlet {
        private final transient Floor floor;

        FloorAdd(Floor floor) {
            this.floor = floor;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/floor-show");
            floor.addHeaders().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
        }
    }

    /**
     * {@code GET /floor-show}, outside the filter: {@code /mimic}'s response when the floor cookie opens, the page
     * without alerts when it does not.
     */
    static final class FloorShow extends HttpServlet {
        private final transient Pages pages;
        private final transient Floor floor;

        FloorShow(Pages pages, Floor floor) {
            this.pages = pages;
            this.floor = floor;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            boolean opened = floor.opens(request.getHeader("Cookie"));
            floor.showHeaders().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
            writeHtml(response, opened ? pages.mimicPage() : pages.render("Show", ""));
        }
    }

    /** {@code GET /_allocated}: heap bytes allocated so far, for the load script. */
    static final class Allocated extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().write(AllocationCounter.allocatedBytes());
        }
    }
}
