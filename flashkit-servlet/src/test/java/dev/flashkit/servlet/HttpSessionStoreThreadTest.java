package dev.flashkit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.session.Session;
import dev.flashkit.test.TestSecrets;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpSessionStore} reaches the container session through the request's scope, not through the thread
 * that runs the request: a handler that hands the session work to a worker thread (and waits for it) keeps its
 * session like one that does it on the request thread.
 */
class HttpSessionStoreThreadTest {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();
    private static JettyServer server;

    /** {@code POST /} puts {@code user=ada}, {@code GET /} prints it: both read the session on a worker thread. */
    private static final class WorkerServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Session session = FlashkitFilter.session(request);
            String user = CompletableFuture.supplyAsync(
                            () -> {
                                if ("POST".equals(request.getMethod())) {
                                    session.put("user", "ada");
                                }
                                return session.getString("user");
                            },
                            WORKER)
                    .join();
            response.getWriter().print("user=" + user);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(HttpSessionStore.create())
                .build());
        server = JettyServer.start(new FlashkitFilter(flashkit), new WorkerServlet(), true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        WORKER.shutdownNow();
    }

    @Test
    void session_usedOnWorkerThreadDuringRequest_loadsAndSavesContainerSession() {
        Browser browser = new Browser(server.uri());

        Browser.Page post = browser.post("/");
        Browser.Page next = browser.get("/");

        assertThat(post.body()).isEqualTo("user=ada");
        assertThat(browser.cookie("JSESSIONID")).isNotNull();
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body()).isEqualTo("user=ada");
    }
}
