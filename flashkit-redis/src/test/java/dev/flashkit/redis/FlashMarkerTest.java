package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.messages.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The marker that keeps a session with pending flash messages alive is a plain {@code true} for the
 * application at every step: the flash entries the session load read and the change the commit writes travel
 * in the request's scope, not through the session attribute.
 */
@ExtendWith(RedisExtension.class)
class FlashMarkerTest {
    private static Nodes nodes;

    @BeforeAll
    static void start(RedisTestServer redis) {
        nodes = new Nodes(redis.uri(), "marker:" + UUID.randomUUID() + ":", 1, TestTimeouts.RELAXED, true);
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @Test
    void marker_requestsThatLoadStoreAndShowFlash_isAlwaysTrue() {
        Visitor visitor = new Visitor();
        List<Object> markers = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        visitor.send(nodes.node(0), "POST", "/login", (ctx, ex) -> ctx.session().put("user", "ada"));
        visitor.send(nodes.node(0), "POST", "/add", (ctx, ex) -> ctx.messages().info("one"));

        visitor.send(nodes.node(0), "POST", "/more", (ctx, ex) -> {
            ctx.messages().peek();
            markers.add(ctx.session().get(RedisMessageStorage.MARKER));
            ctx.messages().info("two");
        });
        visitor.send(nodes.node(0), "GET", "/page", (ctx, ex) -> {
            markers.add(ctx.session().get(RedisMessageStorage.MARKER));
            ctx.messages().consume().forEach(m -> shown.add(m.text().value()));
            markers.add(ctx.session().get(RedisMessageStorage.MARKER));
        });

        assertThat(markers).containsExactly(true, true, true);
        assertThat(shown).containsExactly("one", "two");
        List<Message> later = new ArrayList<>();
        visitor.send(
                nodes.node(0),
                "GET",
                "/page",
                (ctx, ex) -> later.addAll(ctx.messages().consume()));
        assertThat(later).isEmpty();
    }
}
