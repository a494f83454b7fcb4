package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Message;
import dev.flashkit.storetests.HttpVisitor;
import dev.flashkit.storetests.MiniApp;
import dev.flashkit.test.TestExchange;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Claiming flash messages with the session load (one round trip per displaying request): parallel
 * requests on different nodes show each message exactly once, and what a request claimed but did not
 * show goes back at its place — never into a session that was deleted meanwhile.
 */
@ExtendWith(RedisExtension.class)
class ClaimOnLoadTest {
    private static final int ROUNDS = 150;

    private static Nodes nodes;
    private static SessionKeys keys;
    private static RedisClient probeClient;
    private static StatefulRedisConnection<String, String> probe;

    @BeforeAll
    static void start(RedisTestServer redis) {
        String prefix = "claim:" + UUID.randomUUID() + ":";
        keys = new SessionKeys(prefix);
        nodes = new Nodes(redis.uri(), prefix, 2, TestTimeouts.RELAXED, true);
        probeClient = RedisClient.create(redis.uri());
        probe = probeClient.connect();
    }

    @AfterAll
    static void stop() {
        nodes.close();
        probe.close();
        probeClient.shutdown();
    }

    private static Visitor loggedIn() {
        Visitor visitor = new Visitor();
        visitor.send(nodes.node(0), "POST", "/login", (ctx, ex) -> ctx.session().put("user", "ada"));
        return visitor;
    }

    private static void flash(Visitor visitor, int node, String... texts) {
        visitor.send(nodes.node(node), "POST", "/add", (ctx, ex) -> {
            for (String text : texts) {
                ctx.messages().info(text);
            }
        });
    }

    private static List<String> display(Visitor visitor, int node) {
        List<String> shown = new ArrayList<>();
        visitor.send(nodes.node(node), "GET", "/page", (ctx, ex) -> ctx.messages()
                .consume()
                .forEach(m -> shown.add(text(m))));
        return shown;
    }

    private static String text(Message m) {
        return m.text().value();
    }

    private static String sessionId(Visitor visitor) {
        return visitor.cookies().get(nodes.node(0).config().sessionCookieName());
    }

    /** Runs both handlers as parallel requests of one browser, each on its own node, loading together. */
    private static void inParallel(
            Visitor visitor,
            BiConsumer<RequestContext, TestExchange> first,
            BiConsumer<RequestContext, TestExchange> second)
            throws Exception {
        CyclicBarrier loadTogether = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            int node = 0;
            for (BiConsumer<RequestContext, TestExchange> handler : List.of(first, second)) {
                Flashkit on = nodes.node(node++);
                done.add(pool.submit(() -> visitor.send(on, "GET", "/page", (ctx, ex) -> {
                    await(loadTogether);
                    handler.accept(ctx, ex);
                })));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void parallelDisplays_onTwoNodes_showEachMessageExactlyOnce() throws Exception {
        Visitor visitor = loggedIn();
        Map<String, AtomicInteger> shown = new ConcurrentHashMap<>();
        BiConsumer<RequestContext, TestExchange> displays =
                (ctx, ex) -> ctx.messages().consume().forEach(m -> shown.computeIfAbsent(
                                text(m), k -> new AtomicInteger())
                        .incrementAndGet());

        for (int round = 0; round < ROUNDS; round++) {
            flash(visitor, round % 2, "m" + round + "a", "m" + round + "b", "m" + round + "c");
            inParallel(visitor, displays, displays);
        }

        assertThat(display(visitor, 0)).as("nothing left over").isEmpty();
        assertThat(shown).hasSize(ROUNDS * 3);
        assertThat(shown.values())
                .allSatisfy(n -> assertThat(n.get()).as("times shown").isEqualTo(1));
    }

    @Test
    void parallelDisplayAndNonDisplay_eachMessageShownExactlyOnce_noneLost() throws Exception {
        Visitor visitor = loggedIn();
        Map<String, AtomicInteger> shown = new ConcurrentHashMap<>();
        BiConsumer<RequestContext, TestExchange> displays =
                (ctx, ex) -> ctx.messages().consume().forEach(m -> shown.computeIfAbsent(
                                text(m), k -> new AtomicInteger())
                        .incrementAndGet());
        BiConsumer<RequestContext, TestExchange> onlyReads =
                (ctx, ex) -> assertThat(ctx.session().get("user")).isEqualTo("ada");

        for (int round = 0; round < ROUNDS; round++) {
            flash(visitor, round % 2, "m" + round + "a", "m" + round + "b");
            if (round % 2 == 0) {
                inParallel(visitor, displays, onlyReads);
            } else {
                inParallel(visitor, onlyReads, displays);
            }
        }
        display(visitor, 1)
                .forEach(t -> shown.computeIfAbsent(t, k -> new AtomicInteger()).incrementAndGet());

        assertThat(shown).hasSize(ROUNDS * 2);
        assertThat(shown.values())
                .allSatisfy(n -> assertThat(n.get()).as("times shown").isEqualTo(1));
    }

    @Test
    void putBack_afterMessagesAddedMeanwhile_keepsTheClaimedOnesFirst() {
        Visitor visitor = loggedIn();
        flash(visitor, 0, "first");
        TestExchange exchange = TestExchange.request("GET", "/profile")
                .cookies(visitor.cookies())
                .build();
        RequestContext slow = nodes.node(1).open(exchange);
        slow.session().get("user"); // claims "first"

        flash(visitor, 0, "second");
        slow.commit(); // shows nothing: puts "first" back

        assertThat(display(visitor, 0)).containsExactly("first", "second");
    }

    @Test
    void putBack_afterConcurrentLogout_writesNothingAndKeepsTheCookie() {
        Visitor visitor = loggedIn();
        flash(visitor, 0, "waiting");
        String id = sessionId(visitor);
        TestExchange exchange = TestExchange.request("GET", "/profile")
                .cookies(visitor.cookies())
                .build();
        RequestContext slow = nodes.node(1).open(exchange);
        slow.session().get("user"); // claims "waiting"

        visitor.send(
                nodes.node(0), "POST", "/logout", (ctx, ex) -> ctx.session().invalidate());
        slow.commit();

        assertThat(probe.sync().exists(keys.session(id), keys.flash(id))).isZero();
        assertThat(exchange.responseCookies())
                .as("a request that only read sets no cookie")
                .isEmpty();
    }

    @Test
    void release_ofFailedRequestAfterConcurrentLogout_writesNothing() {
        Visitor visitor = loggedIn();
        flash(visitor, 0, "waiting");
        String id = sessionId(visitor);
        RequestContext failing = nodes.node(1)
                .open(TestExchange.request("GET", "/boom")
                        .cookies(visitor.cookies())
                        .build());
        failing.session().get("user"); // claims "waiting"

        visitor.send(
                nodes.node(0), "POST", "/logout", (ctx, ex) -> ctx.session().invalidate());
        failing.abandon();

        assertThat(probe.sync().exists(keys.session(id), keys.flash(id))).isZero();
    }

    @Test
    void release_ofFailedRequest_putsBackAtTheirPlaces() {
        Visitor visitor = loggedIn();
        flash(visitor, 0, "first");
        visitor.send(nodes.node(0), "POST", "/notes", (ctx, ex) -> {
            ctx.messages().info("for /notes");
            ex.redirect("/notes");
        });
        flash(visitor, 0, "third");
        RequestContext failing = nodes.node(1)
                .open(TestExchange.request("GET", "/boom")
                        .cookies(visitor.cookies())
                        .build());
        assertThat(failing.messages().peek()).extracting(ClaimOnLoadTest::text).containsExactly("first", "third");

        failing.abandon();

        List<String> atNotes = new ArrayList<>();
        visitor.send(nodes.node(1), "GET", "/notes", (ctx, ex) -> ctx.messages()
                .consume()
                .forEach(m -> atNotes.add(text(m))));
        assertThat(atNotes).containsExactly("first", "for /notes", "third");
    }

    @Test
    void release_ofFailedErrorPageThatDisplayed_messagesStayForTheNextPage() {
        Visitor visitor = loggedIn();
        flash(visitor, 0, "waiting");

        visitor.sendFailing(nodes.node(1), "GET", "/boom", (ctx, ex) -> {
            assertThat(ctx.messages().consume()).hasSize(1); // shown on the error page, which then fails
            ex.status(500);
        });

        assertThat(display(visitor, 0)).containsExactly("waiting");
    }

    @Test
    void javalinRequest_failingWith500_afterDisplaying_putsTheMessagesBack() throws Exception {
        try (MiniApp app = new MiniApp("node0", nodes.node(0), UnavailablePage::register)) {
            HttpVisitor browser = new HttpVisitor();
            browser.post(app.url("/login"));
            browser.get(app.url("/dashboard")); // shows "Welcome back"
            browser.post(app.url("/add?text=waiting"));

            assertThat(browser.get(app.url("/fail")).statusCode()).isEqualTo(500);

            assertThat(browser.get(app.url("/show")).body()).isEqualTo("waiting");
            assertThat(browser.get(app.url("/show")).body()).isEmpty();
        }
    }
}
