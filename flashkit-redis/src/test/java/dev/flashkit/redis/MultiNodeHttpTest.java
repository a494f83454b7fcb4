package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.storetests.HttpVisitor;
import dev.flashkit.storetests.MiniApp;
import dev.flashkit.test.TestSecrets;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6 §3 over real HTTP: three application instances on different ports behind a "load
 * balancer" (the test picks the node), first sharing one Redis, then with the cookie store and a
 * shared secret and no Redis at all.
 */
@ExtendWith(RedisExtension.class)
class MultiNodeHttpTest {
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable r : resources) {
            r.close();
        }
    }

    private List<MiniApp> nodes(Function<Integer, Flashkit> flashkit) {
        List<MiniApp> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            MiniApp app = new MiniApp("node" + i, flashkit.apply(i), UnavailablePage::register);
            resources.add(app);
            nodes.add(app);
        }
        return nodes;
    }

    private List<MiniApp> redisNodes(RedisTestServer redis) {
        String prefix = "http:" + UUID.randomUUID() + ":";
        String secret = TestSecrets.random();
        return nodes(i -> {
            RedisSessionStore store = RedisSessionStore.builder(redis.uri())
                    .keyPrefix(prefix)
                    .commandTimeout(TestTimeouts.RELAXED)
                    .build();
            resources.add(store);
            return MiniApp.flashkit(secret, store, store.messageStorage());
        });
    }

    private List<MiniApp> cookieNodes() {
        String secret = TestSecrets.random(); // the only thing the nodes share
        return nodes(
                i -> Flashkit.create(FlashkitConfig.builder().secret(secret).build()));
    }

    private static int count(String body, String needle) {
        int n = 0;
        for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** Log in on the first, dashboard on the second, a message added on the second shown once on the third. */
    private static void scenario(List<MiniApp> nodes) throws Exception {
        HttpVisitor browser = new HttpVisitor();

        HttpResponse<String> login = browser.post(nodes.get(0).url("/login"));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/dashboard");

        String dashboard = browser.get(nodes.get(1).url("/dashboard")).body();
        assertThat(dashboard).contains("dashboard on node1", "user=ada");
        assertThat(count(dashboard, "Welcome back")).isEqualTo(1);

        assertThat(browser.post(nodes.get(1).url("/notes")).statusCode()).isEqualTo(302);
        String notes = browser.get(nodes.get(2).url("/notes")).body();
        assertThat(notes).contains("notes on node2", "user=ada");
        assertThat(count(notes, "Note added on node1")).isEqualTo(1);

        for (MiniApp node : nodes) {
            String again = browser.get(node.url("/notes")).body();
            assertThat(again).contains("user=ada").doesNotContain("Note added", "Welcome back");
        }
    }

    @Test
    void redisStore_loginDashboardMessage_acrossThreeNodes(RedisTestServer redis) throws Exception {
        scenario(redisNodes(redis));
    }

    @Test
    void cookieStore_sharedSecretOnly_sameScenarioAcrossThreeNodes() throws Exception {
        scenario(cookieNodes());
    }

    @Test
    void redisStore_logoutOnOneNode_revokesCopiedCookieOnAllNodes(RedisTestServer redis) throws Exception {
        List<MiniApp> nodes = redisNodes(redis);
        HttpVisitor browser = new HttpVisitor();
        browser.post(nodes.get(0).url("/login"));
        HttpVisitor copy = new HttpVisitor();
        Map<String, String> stolen = browser.cookies();

        browser.post(nodes.get(1).url("/logout"));

        for (MiniApp node : nodes) {
            assertThat(withCookies(copy, stolen).get(node.url("/dashboard")).body())
                    .contains("user=null");
        }
    }

    private static HttpVisitor withCookies(HttpVisitor visitor, Map<String, String> cookies) {
        HttpVisitor fresh = new HttpVisitor();
        cookies.forEach(fresh::setCookie);
        return fresh;
    }
}
