package dev.flashkit.servlet;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Tag;

/**
 * The shared adapter scenarios on Jetty 12 ee10's Servlet 6.1 twin, ee11, with every redirect sent through
 * Servlet 6.1's {@code sendRedirect(location, 303)}: sessions, logins and targeted messages survive it.
 */
@Tag("servlet-6.1")
class ServletScenarioEe11Test extends ServletScenarioTest {
    @Override
    JettyServer serve(Filter filter) throws Exception {
        return Ee11Jetty.start(filter, new ScenarioServlet(true));
    }
}
