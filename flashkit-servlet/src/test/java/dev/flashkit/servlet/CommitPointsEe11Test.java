package dev.flashkit.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import org.junit.jupiter.api.Tag;

/** Every commit point of {@link CommitPointsTest}, on Jetty 12 ee11 (Servlet 6.1). */
@Tag("servlet-6.1")
class CommitPointsEe11Test extends CommitPointsTest {
    @Override
    JettyServer serve(Filter filter, Servlet servlet) throws Exception {
        return Ee11Jetty.start(filter, servlet);
    }
}
