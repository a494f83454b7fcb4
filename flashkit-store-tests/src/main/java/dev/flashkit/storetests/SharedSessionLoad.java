package dev.flashkit.storetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stores' concurrency proof on one session: client threads share one browser (one session) and take the
 * nodes in turn; every other request adds a message and counts the thread's own key ({@code /add}), the others
 * display messages ({@code /show}). In the end every message was shown exactly once and every key counts all its
 * adds.
 */
public final class SharedSessionLoad {
    private final HttpVisitor browser;
    private final List<MiniApp> nodes;
    private final int threads;
    private final int requests;
    private final Map<String, AtomicInteger> shown = new ConcurrentHashMap<>();

    /** A load of {@code threads} clients sending {@code requests} each to {@code nodes} (at least three). */
    public SharedSessionLoad(HttpVisitor browser, List<MiniApp> nodes, int threads, int requests) {
        this.browser = browser;
        this.nodes = nodes;
        this.threads = threads;
        this.requests = requests;
    }

    /** The requests of client {@code thread} (0 to threads - 1), to run on an executor. */
    public Callable<Void> client(int thread) {
        return () -> {
            for (int i = 0; i < requests; i++) {
                MiniApp node = nodes.get((thread + i) % nodes.size());
                if (i % 2 == 0) {
                    var r = browser.post(node.url("/add?text=m-" + thread + "-" + i + "&key=k" + thread));
                    assertThat(r.statusCode()).isEqualTo(200);
                } else {
                    count(browser.get(node.url("/show")));
                }
            }
            return null;
        };
    }

    /**
     * Once every client is done: displays what is left, then asserts that every message was shown exactly once
     * and that every key counts all its adds.
     */
    public void assertEveryMessageOnceAndEveryKey() throws IOException, InterruptedException {
        count(browser.get(nodes.get(1).url("/show"))); // whatever is left

        assertThat(shown).hasSize(threads * requests / 2);
        assertThat(shown.values())
                .allSatisfy(n -> assertThat(n.get()).as("times shown").isEqualTo(1));
        String counters = browser.get(nodes.get(2).url("/counters")).body();
        for (int t = 0; t < threads; t++) {
            assertThat(counters.lines()).contains("k" + t + "=" + requests / 2);
        }
    }

    /** How many different messages were shown so far. */
    public int shown() {
        return shown.size();
    }

    private void count(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        page.body().lines().filter(l -> !l.isBlank()).forEach(text -> shown.computeIfAbsent(
                        text, k -> new AtomicInteger())
                .incrementAndGet());
    }
}
