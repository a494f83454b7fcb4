package dev.flashkit.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.util.EnumSet;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;

/**
 * A real embedded Jetty 12 ee11 (Servlet 6.1) context on {@link JettyServer}: one servlet at {@code /*},
 * optionally {@code filter} for the {@code REQUEST} and {@code ASYNC} dispatches. Used only by the
 * {@code *Ee11Test} classes (tagged {@code servlet-6.1}), which surefire runs in their own JVM with the 6.1
 * API jar.
 */
final class Ee11Jetty {
    private Ee11Jetty() {}

    static JettyServer start(Filter filter, Servlet servlet) throws Exception {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        if (filter != null) {
            FilterHolder holder = new FilterHolder(filter);
            holder.setAsyncSupported(true);
            context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        }
        ServletHolder servletHolder = new ServletHolder(servlet);
        servletHolder.setAsyncSupported(true);
        context.addServlet(servletHolder, "/*");
        return JettyServer.start(context);
    }
}
