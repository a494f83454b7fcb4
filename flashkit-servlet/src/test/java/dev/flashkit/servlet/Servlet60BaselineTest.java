package dev.flashkit.servlet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The module is compiled against Servlet 6.1, but this test JVM (surefire's default execution, with Jetty
 * ee10) runs on the Servlet 6.0 API jar: so every test here not tagged {@code servlet-6.1} proves the filter
 * still loads and commits on a 6.0 container, where the JVM never links the 6.1-only overrides.
 */
class Servlet60BaselineTest {
    @Test
    void servletApi_defaultTestExecution_isServlet60WithoutThe61Methods() {
        assertThatThrownBy(() -> HttpServletResponse.class.getMethod("sendRedirect", String.class, int.class))
                .isInstanceOf(NoSuchMethodException.class);
        assertThatThrownBy(() ->
                        HttpServletResponse.class.getMethod("sendRedirect", String.class, int.class, boolean.class))
                .isInstanceOf(NoSuchMethodException.class);
        assertThatThrownBy(() -> ServletOutputStream.class.getMethod("write", ByteBuffer.class))
                .isInstanceOf(NoSuchMethodException.class);
    }
}
