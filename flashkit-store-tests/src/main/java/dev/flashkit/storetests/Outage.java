package dev.flashkit.storetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steps of the stores' fault proofs as a user sees them: log in, find every node degraded while the store is
 * down, wait until a node serves again once it is back.
 */
public final class Outage {
    /** How long a node may take to serve again: generous, CI machines may be loaded. */
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private Outage() {}

    /**
     * Posts the login on {@code node} until it answers 302 (the first connect of a cold JVM may exceed a short
     * store timeout), and asserts that it did.
     */
    public static void login(HttpVisitor browser, MiniApp node) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int status;
        do {
            status = browser.post(node.url("/login")).statusCode();
        } while (status != 302 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(302);
    }

    /**
     * Asserts what a user sees while the store is down, on every node: the session page ({@code /dashboard})
     * answers 503 with {@code retryAfter} and {@code body} within {@code maxTime} and sets no cookie, the public
     * page answers 200; and the browser's cookies are unchanged. Returns how long each node took to answer 503.
     */
    public static List<Duration> assertDegraded(
            HttpVisitor browser, List<MiniApp> nodes, String retryAfter, String body, Duration maxTime)
            throws IOException, InterruptedException {
        Map<String, String> cookies = browser.cookies();
        List<Duration> took = new ArrayList<>();
        for (MiniApp node : nodes) {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.get(node.url("/dashboard"));
            took.add(Duration.ofNanos(System.nanoTime() - start));

            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue(retryAfter);
            assertThat(page.body()).isEqualTo(body);
            assertThat(took.get(took.size() - 1)).as("no hang past the timeout").isLessThan(maxTime);
            assertThat(page.headers().allValues("Set-Cookie"))
                    .as("the session cookie is left alone")
                    .isEmpty();
            assertThat(browser.get(node.url("/public")).statusCode()).isEqualTo(200);
        }
        assertThat(browser.cookies()).isEqualTo(cookies);
        return took;
    }

    /**
     * Repeats a GET of {@code path} on {@code node}, 50 ms apart, until it answers 200 or 15 s have passed; the
     * last status (the caller asserts it, saying what it waited for).
     */
    public static int awaitServed(HttpVisitor browser, MiniApp node, String path)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int status;
        do {
            status = browser.get(node.url(path)).statusCode();
            if (status != 200) {
                Thread.sleep(50);
            }
        } while (status != 200 && System.nanoTime() < deadline);
        return status;
    }
}
