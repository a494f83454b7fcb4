package dev.flashkit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.test.TestSecrets;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@link FlashkitFilter} with Spring's {@link MockHttpServletRequest}, the request MockMvc tests run on: it has
 * no async context until {@code startAsync()} and says so with {@code null} (a container throws instead), and
 * Spring's test servlet checks that the request it was handed agrees.
 */
class MockRequestTest {
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());

    /** Does what Spring's TestDispatcherServlet does after handling: asks the request for its async context. */
    static final class AsyncContextProbe extends HttpServlet {
        private static final long serialVersionUID = 1L;
        AsyncContext seen;
        boolean handled;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            FlashkitFilter.session(request).put("user", "ada");
            response.getWriter().write("ok");
            seen = request.getAsyncContext();
            handled = true;
        }
    }

    @Test
    void getAsyncContext_mockRequestNotInAsyncMode_isNullLikeTheWrappedRequest() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AsyncContextProbe servlet = new AsyncContextProbe();

        new MockFilterChain(servlet, new FlashkitFilter(flashkit)).doFilter(request, response);

        assertThat(servlet.handled).isTrue();
        assertThat(request.getAsyncContext()).isNull();
        assertThat(servlet.seen).isNull();
        assertThat(response.getHeader("Set-Cookie")).startsWith("flashkit_session=");
    }
}
