package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sessions through the real Flashkit request lifecycle on three nodes sharing one Redis. */
@ExtendWith(RedisExtension.class)
class RedisSessionAcrossNodesTest {
    private static Nodes nodes;

    @BeforeAll
    static void start(RedisTestServer redis) {
        nodes = new Nodes(redis.uri(), 3, TestTimeouts.RELAXED);
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    private static Object user(Visitor visitor, int node) {
        Object[] seen = new Object[1];
        visitor.send(
                nodes.node(node),
                "GET",
                "/dashboard",
                (ctx, ex) -> seen[0] = ctx.session().get("user"));
        return seen[0];
    }

    private static void login(Visitor visitor, int node) {
        visitor.send(nodes.node(node), "POST", "/login", (ctx, ex) -> {
            ctx.session().rotate();
            ctx.session().put("user", "ada");
            ex.redirect("/dashboard");
        });
    }

    @Test
    void login_onFirstNode_isSeenOnTheOthers() {
        Visitor visitor = new Visitor();

        login(visitor, 0);

        assertThat(user(visitor, 1)).isEqualTo("ada");
        assertThat(user(visitor, 2)).isEqualTo("ada");
    }

    @Test
    void logout_onOneNode_endsTheSessionOnEveryNodeAndForStaleCopies() {
        Visitor visitor = new Visitor();
        login(visitor, 0);
        Map<String, String> copiedCookie = visitor.cookies();

        visitor.send(
                nodes.node(2), "POST", "/logout", (ctx, ex) -> ctx.session().invalidate());

        assertThat(user(visitor, 1)).isNull();
        Visitor thief = new Visitor();
        thief.setCookies(copiedCookie);
        assertThat(user(thief, 0)).as("a copied cookie is revoked server-side").isNull();
    }

    @Test
    void requestStartedBeforeLogout_savesAfterIt_doesNotResurrectTheSession() {
        Visitor visitor = new Visitor();
        login(visitor, 0);
        Visitor slowTab = new Visitor();
        slowTab.setCookies(visitor.cookies());

        slowTab.send(nodes.node(1), "POST", "/cart", (ctx, ex) -> {
            ctx.session().get("user"); // loaded before the logout below
            visitor.send(nodes.node(2), "POST", "/logout", (c, e) -> c.session().invalidate());
            ctx.session().put("cart", "1 item"); // saved after it
        });

        assertThat(user(slowTab, 0)).isNull();
        assertThat(user(visitor, 1)).isNull();
    }

    @Test
    void rotate_onLogin_oldCookieNoLongerOpensTheSession() {
        Visitor visitor = new Visitor();
        visitor.send(nodes.node(0), "GET", "/", (ctx, ex) -> ctx.session().put("theme", "dark"));
        Map<String, String> beforeLogin = visitor.cookies();

        login(visitor, 1);

        Visitor fixation = new Visitor();
        fixation.setCookies(beforeLogin);
        assertThat(user(fixation, 2)).isNull();
        Object[] theme = new Object[1];
        visitor.send(
                nodes.node(2), "GET", "/", (ctx, ex) -> theme[0] = ctx.session().get("theme"));
        assertThat(theme[0]).as("rotate keeps the data").isEqualTo("dark");
        assertThat(visitor.cookies()).isNotEqualTo(beforeLogin);
    }

    @Test
    void parallelRequestsAcrossNodes_writingDifferentKeys_allPersist() throws Exception {
        Visitor visitor = new Visitor();
        login(visitor, 0);
        int threads = 32, requests = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 1; i <= requests; i++) {
                    int value = i;
                    visitor.send(nodes.node(thread + i), "POST", "/counter", (ctx, ex) -> ctx.session()
                            .put("k" + thread, (long) value));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        Map<String, Object>[] data = new Map[1];
        visitor.send(
                nodes.node(0), "GET", "/", (ctx, ex) -> data[0] = ctx.session().asMap());
        assertThat(data[0]).containsEntry("user", "ada").hasSize(threads + 1);
        for (int t = 0; t < threads; t++) {
            assertThat(data[0]).containsEntry("k" + t, (long) requests);
        }
    }
}
