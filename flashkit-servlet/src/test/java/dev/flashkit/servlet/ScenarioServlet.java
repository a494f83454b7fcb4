package dev.flashkit.servlet;

import dev.flashkit.adaptertests.ScenarioCall;
import dev.flashkit.adaptertests.ScenarioRoutes;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Serves {@link ScenarioRoutes} with the servlet API and {@link FlashkitFilter}'s accessors. */
final class ScenarioServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final boolean sendRedirect303;

    /** Redirects by setting status 303 and {@code Location}, which any servlet container supports. */
    ScenarioServlet() {
        this(false);
    }

    /** With {@code sendRedirect303}, redirects with Servlet 6.1's {@code sendRedirect(location, 303)} instead. */
    ScenarioServlet(boolean sendRedirect303) {
        this.sendRedirect303 = sendRedirect303;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        ScenarioRoutes.handle(new ScenarioCall() {
            @Override
            public String method() {
                return request.getMethod();
            }

            @Override
            public String path() {
                return request.getRequestURI();
            }

            @Override
            public String param(String name) {
                return request.getParameter(name);
            }

            @Override
            public Session session() {
                return FlashkitFilter.session(request);
            }

            @Override
            public Messages messages() {
                return FlashkitFilter.messages(request);
            }

            @Override
            public Messages messagesOrNoop() {
                return FlashkitFilter.messagesOrNoop(request);
            }

            @Override
            public void addHeader(String name, String value) {
                response.addHeader(name, value);
            }

            @Override
            public void header(String name, String value) {
                response.setHeader(name, value);
            }

            @Override
            public void redirect(String location) {
                if (sendRedirect303) {
                    try {
                        response.sendRedirect(location, 303);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return;
                }
                response.setStatus(303);
                response.setHeader("Location", location);
            }

            @Override
            public void respond(int status, String body) {
                response.setStatus(status);
                response.setContentType("text/plain;charset=UTF-8");
                try {
                    response.getWriter().write(body);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void flush() {
                try {
                    response.flushBuffer();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }
}
