package dev.flashkit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.test.TestSecrets;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link FlashkitFilter} writes its cookie on every way a servlet can commit a response: redirects, errors,
 * flushes, bodies larger than the buffer, async completion — and still sees session changes made while a
 * (small) body is being written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitPointsTest {
    private JettyServer server;

    /** Each path changes the session, then commits the response a different way. */
    static final class CommitServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI();
            if (path.equals("/read")) {
                response.getWriter()
                        .write("via=" + FlashkitFilter.session(request).getString("via"));
                return;
            }
            FlashkitFilter.session(request).put("via", path.substring(1));
            switch (path) {
                case "/send-redirect" -> response.sendRedirect("/read");
                case "/send-error-404" -> response.sendError(404);
                case "/send-error-500" -> response.sendError(500);
                case "/flush" -> {
                    response.getWriter().write("flushed");
                    response.flushBuffer();
                }
                case "/big-body" -> {
                    response.setBufferSize(1024);
                    PrintWriter writer = response.getWriter();
                    for (int i = 0; i < 200; i++) {
                        writer.write("0123456789".repeat(10));
                    }
                }
                case "/big-stream" -> {
                    response.setBufferSize(1024);
                    response.getOutputStream().write(new byte[64 * 1024]);
                }
                case "/content-length" -> {
                    response.setContentLength(5);
                    response.getOutputStream().write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                case "/async" -> {
                    AsyncContext async = request.startAsync();
                    async.start(() -> {
                        try {
                            async.getResponse().getWriter().write("async");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        async.complete();
                    });
                }
                default -> {
                    // Writer obtained first, session changed after: still saved (template rendering case).
                    PrintWriter writer = response.getWriter();
                    writer.write("started ");
                    FlashkitFilter.session(request).put("via", "after-write");
                    writer.write("done");
                }
            }
        }
    }

    /** Starts the container the commit points run on: Jetty ee10 (Servlet 6.0) here. */
    JettyServer serve(Filter filter, Servlet servlet) throws Exception {
        return JettyServer.start(filter, servlet);
    }

    @BeforeAll
    void start() throws Exception {
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());
        server = serve(new FlashkitFilter(flashkit), new CommitServlet());
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private String roundTrip(String path, int expectedStatus) {
        Browser browser = new Browser(server.uri());
        Browser.Page page = browser.get(path);
        assertThat(page.status()).isEqualTo(expectedStatus);
        return browser.get("/read").body();
    }

    @Test
    void sendRedirect_afterSessionChange_writesCookie() {
        assertThat(roundTrip("/send-redirect", 302)).isEqualTo("via=send-redirect");
    }

    @Test
    void sendError_clientError_writesCookie() {
        assertThat(roundTrip("/send-error-404", 404)).isEqualTo("via=send-error-404");
    }

    @Test
    void sendError_serverError_discardsSessionChange() {
        assertThat(roundTrip("/send-error-500", 500)).isEqualTo("via=null");
    }

    @Test
    void flushBuffer_afterSessionChange_writesCookie() {
        assertThat(roundTrip("/flush", 200)).isEqualTo("via=flush");
    }

    @Test
    void writer_bodyLargerThanBuffer_writesCookieBeforeCommit() {
        assertThat(roundTrip("/big-body", 200)).isEqualTo("via=big-body");
    }

    @Test
    void outputStream_bodyLargerThanBuffer_writesCookieBeforeCommit() {
        assertThat(roundTrip("/big-stream", 200)).isEqualTo("via=big-stream");
    }

    @Test
    void outputStream_contentLengthReached_writesCookieBeforeCommit() {
        assertThat(roundTrip("/content-length", 200)).isEqualTo("via=content-length");
    }

    @Test
    void asyncComplete_afterWriteOnAnotherThread_writesCookie() {
        assertThat(roundTrip("/async", 200)).isEqualTo("via=async");
    }

    @Test
    void sessionChange_afterSmallBodyStarted_isStillSaved() {
        assertThat(roundTrip("/small-body", 200)).isEqualTo("via=after-write");
    }
}
