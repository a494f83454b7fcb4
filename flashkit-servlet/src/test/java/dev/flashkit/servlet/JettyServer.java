package dev.flashkit.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A real embedded Jetty 12 on a free loopback port: one servlet at {@code /*}, optionally a filter, in an ee10
 * (Servlet 6.0) context — or any context handed to {@link #start(Handler)}, such as {@link Ee11Jetty}'s.
 */
final class JettyServer implements AutoCloseable {
    private final Server server;
    private final URI uri;

    private JettyServer(Server server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    static JettyServer start(Filter filter, Servlet servlet) throws Exception {
        return start(filter, servlet, false);
    }

    static JettyServer start(Filter filter, Servlet servlet, boolean httpSessions) throws Exception {
        ServletContextHandler context = new ServletContextHandler(
                httpSessions ? ServletContextHandler.SESSIONS : ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        if (filter != null) {
            FilterHolder holder = new FilterHolder(filter);
            holder.setAsyncSupported(true);
            context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        }
        ServletHolder servletHolder = new ServletHolder(servlet);
        servletHolder.setAsyncSupported(true);
        context.addServlet(servletHolder, "/*");
        return start(context);
    }

    /** Starts {@code handler} (an ee10 or ee11 servlet context: both run on the same Jetty 12 core). */
    static JettyServer start(Handler handler) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(handler);
        server.start();
        return new JettyServer(server, URI.create("http://127.0.0.1:" + connector.getLocalPort()));
    }

    URI uri() {
        return uri;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
