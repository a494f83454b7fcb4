package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageCodec;
import dev.flashkit.test.TestSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over the Redis safety cap, messages are merged into the core's "+N more messages" entry, never dropped. */
@ExtendWith(RedisExtension.class)
class RedisFlashOverflowTest {
    private static RedisSessionStore store;
    private static Flashkit flashkit;

    @BeforeAll
    static void start(RedisTestServer redis) {
        store = RedisSessionStore.builder(redis.uri())
                .keyPrefix("overflow:" + UUID.randomUUID() + ":")
                .commandTimeout(TestTimeouts.RELAXED)
                .build();
        flashkit = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(store)
                .messageStorage(store.messageStorage())
                .build());
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static FlashEntry entry(Message m) {
        String json = new String(MessageCodec.toJson(m), StandardCharsets.UTF_8);
        return new FlashEntry(
                m.id(), "", System.currentTimeMillis() + 60_000, m.level().value(), 1, false, json);
    }

    @Test
    void consume_afterCapMergedMessages_showsPlusNMoreEntryAtHighestMergedLevel() {
        Visitor visitor = new Visitor();
        String[] id = new String[1];
        visitor.send(flashkit, "POST", "/login", (ctx, ex) -> {
            ctx.session().put("user", "ada");
            id[0] = ctx.session().id();
        });
        List<FlashEntry> entries = new ArrayList<>();
        entries.add(entry(Message.of(Level.INFO, "first")));
        entries.add(entry(Message.of(Level.SUCCESS, "second")));
        entries.add(entry(Message.of(Level.ERROR, "payment failed")));
        entries.add(entry(Message.of(Level.INFO, "third")));
        // a cap of 2 stands in for the 1000-entry safety cap that many concurrent writers could reach
        store.flashQueue(Clock.systemUTC(), 2, CoreAccess.counters(flashkit)).push(id[0], entries);

        List<Message> shown = new ArrayList<>();
        visitor.send(
                flashkit,
                "GET",
                "/notes",
                (ctx, ex) -> shown.addAll(ctx.messages().consume()));

        assertThat(shown).hasSize(2);
        Message more = shown.get(0);
        assertThat(more.text().value()).isEqualTo("+3 more messages"); // flashkit.messages.more, resolved
        assertThat(more.level()).isEqualTo(Level.SUCCESS);
        assertThat(more.tags()).contains("flashkit-more");
        assertThat(shown.get(1).text().value()).isEqualTo("payment failed");
        List<Message> later = new ArrayList<>();
        visitor.send(
                flashkit,
                "GET",
                "/notes",
                (ctx, ex) -> later.addAll(ctx.messages().consume()));
        assertThat(later).isEmpty(); // the summary was delivered once, like any message
    }

    @Test
    void commit_whenConcurrentWritersFilledTheList_mergesInTheSaveScriptWarnsOnceAndLosesNothing() {
        Visitor visitor = new Visitor();
        String[] id = new String[1];
        visitor.send(flashkit, "POST", "/login", (ctx, ex) -> {
            ctx.session().put("user", "ada");
            id[0] = ctx.session().id();
        });
        List<LogRecord> warnings = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(FlashQueue.class.getName());
        logger.addHandler(handler);
        long counted = flashkit.metrics().coalescedMessages();
        try {
            visitor.send(flashkit, "POST", "/notes", (ctx, ex) -> {
                ctx.messages().peek(); // this request's snapshot: empty
                List<FlashEntry> others = new ArrayList<>();
                for (int i = 0; i < RedisMessageStorage.SAFETY_CAP; i++) { // other requests fill the list meanwhile
                    others.add(entry(Message.of(Level.INFO, "other " + i)));
                }
                store.flashQueue(Clock.systemUTC(), RedisMessageStorage.SAFETY_CAP, CoreAccess.counters(flashkit))
                        .push(id[0], others);
                ctx.messages().info("mine");
                ex.redirect("/notes");
            });
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getMessage()).contains("merged");
        assertThat(flashkit.metrics().coalescedMessages() - counted).isGreaterThanOrEqualTo(2);
        List<Message> shown = new ArrayList<>();
        visitor.send(
                flashkit,
                "GET",
                "/notes",
                (ctx, ex) -> shown.addAll(ctx.messages().consume()));
        assertThat(shown).hasSize(RedisMessageStorage.SAFETY_CAP);
        assertThat(shown.get(0).text().value()).isEqualTo("+2 more messages");
        assertThat(shown.get(shown.size() - 1).text().value()).isEqualTo("mine");
    }
}
