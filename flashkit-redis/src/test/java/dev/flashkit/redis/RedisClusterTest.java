package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.RandomIds;
import dev.flashkit.messages.Message;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.test.TestSecrets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Redis store on a real three-master Redis Cluster: a session and its rotated successors stay in
 * one slot, sessions spread over every master, and the Flashkit login flow with flash messages works
 * across several application nodes exactly as on one server.
 */
@ExtendWith(ClusterExtension.class)
class RedisClusterTest {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final String PREFIX = "cluster:" + UUID.randomUUID() + ":";

    private static RedisTestCluster cluster;
    private static RedisTestCluster.Probe probe;
    private static Nodes nodes;

    @BeforeAll
    static void start(RedisTestCluster redis) {
        cluster = redis;
        probe = cluster.probe();
        nodes = new Nodes(cluster.uri(), PREFIX, 3, TestTimeouts.RELAXED, true);
    }

    @AfterAll
    static void stop() {
        nodes.close();
        probe.close();
    }

    private static RedisSessionStore store() {
        return nodes.store(0);
    }

    private static SessionData session(String id, long generation, Map<String, Object> attributes) {
        Instant now = Instant.now();
        return new SessionData(id, generation, now, now, attributes, false);
    }

    private static String saveNew(SessionData data) {
        return store().save(data, new SessionChanges(true, null, false, data.attributes(), Set.of()), TTL)
                .orElseThrow();
    }

    private static int nodeHolding(String key) {
        return probe.holder(key);
    }

    private static long slot(String key) {
        return probe.slot(key);
    }

    @Test
    void rotate_inCluster_keepsDataAndSlotAndRetiresTheOldIdAtOnce() {
        SessionData before = session(store().newId(null), 0, Map.of("cart", "3 items"));
        String oldCookie = saveNew(before);
        String newId = store().newId(before.id());
        SessionKeys keys = new SessionKeys(PREFIX);
        int holder = nodeHolding(keys.session(before.id()));

        String newCookie = store().save(
                        session(newId, 1, before.attributes()),
                        new SessionChanges(false, before.id(), false, Map.of("user", "ada"), Set.of()),
                        TTL)
                .orElseThrow();

        assertThat(slot(keys.session(newId)))
                .isEqualTo(slot(keys.session(before.id())))
                .isEqualTo(slot(keys.flash(newId)));
        assertThat(nodeHolding(keys.session(newId))).isEqualTo(holder);
        assertThat(nodeHolding(keys.session(before.id())))
                .as("the old key is gone")
                .isEqualTo(-1);
        assertThat(store().load(oldCookie)).isEmpty();
        SessionData loaded = store().load(newCookie).orElseThrow();
        assertThat(loaded.attributes()).containsEntry("cart", "3 items").containsEntry("user", "ada");
        assertThat(loaded.generation()).isEqualTo(1);
    }

    @Test
    void newSessions_inCluster_spreadOverEveryMaster() {
        SessionKeys keys = new SessionKeys(PREFIX);
        Set<Integer> holders = new HashSet<>();
        for (int i = 0; i < 60; i++) { // P(a master gets none of 60) = 3 * (2/3)^60 < 1e-10
            SessionData data = session(store().newId(null), 0, Map.of("n", (long) i));
            saveNew(data);
            holders.add(nodeHolding(keys.session(data.id())));
        }

        Set<Integer> masters = new HashSet<>();
        cluster.nodes().forEach(n -> masters.add(n.port()));
        assertThat(holders).isEqualTo(masters);
    }

    @Test
    void loginRotateFlashDisplay_acrossNodes_showsTheMessageExactlyOnce() {
        Visitor visitor = new Visitor();
        visitor.send(nodes.node(0), "GET", "/cart", (ctx, ex) -> ctx.session().put("cart", "1 item"));
        Map<String, String> beforeLogin = visitor.cookies();

        visitor.send(nodes.node(1), "POST", "/login", (ctx, ex) -> {
            ctx.session().rotate();
            ctx.session().put("user", "ada");
            ctx.messages().success("Welcome back");
            ex.redirect("/dashboard");
        });
        List<Message> shown = new ArrayList<>();
        Object[] seen = new Object[2];
        visitor.send(nodes.node(2), "GET", "/dashboard", (ctx, ex) -> {
            seen[0] = ctx.session().get("user");
            seen[1] = ctx.session().get("cart");
            shown.addAll(ctx.messages().consume());
        });
        List<Message> later = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            visitor.send(
                    nodes.node(i),
                    "GET",
                    "/dashboard",
                    (ctx, ex) -> later.addAll(ctx.messages().consume()));
        }

        assertThat(seen).containsExactly("ada", "1 item");
        assertThat(shown).extracting(m -> m.text().value()).containsExactly("Welcome back");
        assertThat(later).isEmpty();
        Visitor fixation = new Visitor();
        fixation.setCookies(beforeLogin);
        Object[] stolen = new Object[1];
        fixation.send(
                nodes.node(0),
                "GET",
                "/dashboard",
                (ctx, ex) -> stolen[0] = ctx.session().get("user"));
        assertThat(stolen[0]).as("the pre-login cookie opens nothing").isNull();
    }

    @Test
    void requests_inCluster_costOneCommandPerLoadOrSave() {
        List<String> done = java.util.Collections.synchronizedList(new ArrayList<>());
        try (RedisSessionStore counted = RedisSessionStore.builder(cluster.uri())
                .keyPrefix(PREFIX)
                .commandTimeout(TestTimeouts.RELAXED)
                .build()) {
            counted.addCommandListener(new io.lettuce.core.event.command.CommandListener() {
                @Override
                public void commandStarted(io.lettuce.core.event.command.CommandStartedEvent event) {
                    String type = event.getCommand().getType().toString();
                    // the store's commands, not the client's topology and handshake ones; an EVAL only
                    // follows an EVALSHA the first time a master runs a script (NOSCRIPT)
                    if (Set.of("EVALSHA", "DEL", "LRANGE").contains(type)) {
                        done.add(type);
                    }
                }
            });
            Flashkit node = Flashkit.create(FlashkitConfig.builder()
                    .secret(TestSecrets.random())
                    .sessionStore(counted)
                    .messageStorage(counted.messageStorage())
                    .build());
            Visitor visitor = new Visitor();
            visitor.send(node, "GET", "/cart", (ctx, ex) -> ctx.session().put("cart", "1 item"));
            List<Integer> perRequest = new ArrayList<>();

            done.clear();
            visitor.send(node, "POST", "/login", (ctx, ex) -> {
                ctx.session().rotate();
                ctx.session().put("user", "ada");
                ctx.messages().success("Welcome back");
                ex.redirect("/dashboard");
            });
            perRequest.add(done.size());
            done.clear();
            visitor.send(node, "GET", "/dashboard", (ctx, ex) -> ctx.messages().consume());
            perRequest.add(done.size());
            done.clear();
            visitor.send(node, "GET", "/profile", (ctx, ex) -> ctx.session().get("user"));
            perRequest.add(done.size());

            assertThat(perRequest)
                    .as("login: load + save; display: load (it claims); read: load (as on one server)")
                    .containsExactly(2, 1, 1);
        }
    }

    @Test
    void load_malformedOrLegacyCookie_inCluster_isEmpty() {
        String legacy = RandomIds.newId(); // a one-part id, as issued before session families
        String id = store().newId(null);

        assertThat(store().load(legacy)).isEmpty();
        assertThat(store().load("." + id)).isEmpty();
        assertThat(store().load(id + ".x")).isEmpty();
        assertThat(store().load("short." + RandomIds.newId())).isEmpty();
        assertThat(store().load("fam\u00e9ily0000." + RandomIds.newId())).isEmpty();
        assertThat(store().load(id)).as("well-formed but unknown").isEmpty();
    }

    @Test
    void save_idNotFromNewIdOrRotationChangingFamily_isRefused() {
        SessionData legacy = session(RandomIds.newId(), 0, Map.of("user", "ada"));
        SessionData original = session(store().newId(null), 0, Map.of("user", "ada"));
        saveNew(original);
        SessionData otherFamily = session(store().newId(null), 1, original.attributes());

        assertThatThrownBy(() -> saveNew(legacy)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().save(
                                otherFamily, new SessionChanges(false, original.id(), false, Map.of(), Set.of()), TTL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newId(previousId)");
        assertThat(store().load(original.id())).as("nothing was renamed").isPresent();
    }

    @Test
    void keys_inCluster_revealNoSessionId() {
        SessionData data = session(store().newId(null), 0, Map.of("user", "ada"));
        String cookie = saveNew(data);
        String key = new SessionKeys(PREFIX).session(data.id());
        String family = cookie.substring(0, cookie.indexOf('.'));
        String secret = cookie.substring(cookie.indexOf('.') + 1);

        assertThat(nodeHolding(key)).isPositive();
        assertThat(key)
                .matches(java.util.regex.Pattern.quote(PREFIX) + "\\{[0-9a-f]{16}}[0-9a-f]{64}")
                .doesNotContain(family)
                .doesNotContain(secret);
    }
}
