package dev.flashkit.benchmarks.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The servlet variant: embedded Jetty 12 (ee10) on a free loopback port. */
final class ServletApp {
    private ServletApp() {}

    /** Starts the server and returns its port. */
    static int start(Pages pages) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HelloServlet(pages)), "/hello");
        context.addServlet(new ServletHolder(new AllocatedServlet()), "/_allocated");
        server.setHandler(context);
        server.start();
        return connector.getLocalPort();
    }

    static void writeHtml(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(html);
    }

    /** {@code GET /_allocated}: heap bytes allocated so far, for the load script. */
    static final class AllocatedServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().write(AllocationCounter.allocatedBytes());
        }
    }

    /** {@code GET /hello}: the page without Flashkit. */
    static final class HelloServlet extends HttpServlet {
        private final transient Pages pages;

        HelloServlet(Pages pages) {
            this.pages = pages;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            writeHtml(response, pages.render("Hello", ""));
        }
    }
}
