package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.Counters;
import dev.flashkit.internal.RandomIds;
import dev.flashkit.test.TestSecrets;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisExtension.class)
class FlashQueueTest {
    private static final List<RedisConnector> NODES = new ArrayList<>();
    private static SessionKeys keys;
    private final MutableClock clock = new MutableClock();

    @BeforeAll
    static void connect(RedisTestServer redis) {
        for (int i = 0; i < 3; i++) { // three "instances", each with its own client and connection
            NODES.add(new RedisConnector(RedisURI.create(redis.uri()), TestTimeouts.RELAXED));
        }
        keys = new SessionKeys("test:" + UUID.randomUUID() + ":");
    }

    @AfterAll
    static void close() {
        NODES.forEach(RedisConnector::close);
    }

    private FlashQueue queue(int node) {
        return new FlashQueue(NODES.get(node), keys, clock, 1000, new Counters());
    }

    private FlashEntry entry(String id, String target) {
        return new FlashEntry(id, target, clock.millis() + 60_000, "{\"text\":\"" + id + "\"}");
    }

    @Test
    void claim_parallelRequestsAcrossNodes_everyMessageDeliveredExactlyOnce() throws Exception {
        String session = RandomIds.newId();
        int threads = 32, perThread = 500;
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                FlashQueue queue = queue(thread % NODES.size());
                for (int i = 0; i < perThread; i++) {
                    queue.push(session, List.of(entry(thread + "-" + i, "")));
                    for (FlashEntry claimed : queue.claim(session, "/page", List.of())) {
                        deliveries
                                .computeIfAbsent(claimed.id(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        for (FlashEntry rest : queue(0).claim(session, "/page", List.of())) {
            deliveries.computeIfAbsent(rest.id(), k -> new AtomicInteger()).incrementAndGet();
        }

        assertThat(deliveries).hasSize(threads * perThread);
        assertThat(deliveries.values())
                .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void claim_targetedMessage_onlyTheTargetGetsIt() {
        String session = RandomIds.newId();
        queue(0).push(session, List.of(entry("t1", "/orders?page=2"), entry("any", "")));

        List<FlashEntry> elsewhere = queue(1).claim(session, "/other", List.of());
        List<FlashEntry> target = queue(2).claim(session, "/orders?page=2", List.of());

        assertThat(elsewhere).extracting(FlashEntry::id).containsExactly("any");
        assertThat(target).extracting(FlashEntry::id).containsExactly("t1");
        assertThat(target.get(0).payload()).isEqualTo("{\"text\":\"t1\"}");
    }

    @Test
    void claim_targetedMessagePastItsTargetedWait_anyPageGetsIt() {
        String session = RandomIds.newId();
        long expiry = clock.millis() + 600_000;
        queue(0).push(
                        session,
                        List.of(
                                new FlashEntry("waited", "/a", expiry, 20, 1, false, "{}", clock.millis() + 180_000),
                                new FlashEntry("waiting", "/a", expiry, 20, 1, false, "{}", clock.millis() + 240_000)));
        clock.advance(Duration.ofMinutes(3));

        assertThat(queue(1).claim(session, "/b", List.of()))
                .extracting(FlashEntry::id)
                .containsExactly("waited");
        assertThat(queue(1).claim(session, "/a", List.of()))
                .extracting(FlashEntry::id)
                .containsExactly("waiting");
    }

    @Test
    void claim_expiredMessages_areDroppedAndCountedAsExpiredUndelivered() {
        String session = RandomIds.newId();
        queue(0).push(session, List.of(entry("old", "/a"), entry("older", "")));
        Counters counters = new Counters();
        clock.advance(Duration.ofMinutes(2)); // past the entries' 60 s expiry

        assertThat(new FlashQueue(NODES.get(1), keys, clock, 1000, counters).claim(session, "/b", List.of()))
                .isEmpty();
        assertThat(counters.expiredUndeliveredMessages()).isEqualTo(2);
    }

    @Test
    void encode_targetedWait_roundTrips() {
        FlashEntry e = new FlashEntry("id", "/a", 2_000, 25, 1, false, "{}", 1_000);

        assertThat(FlashQueue.decode(FlashQueue.encode(e))).isEqualTo(e);
    }

    @Test
    void claim_byIds_takesOnlyThoseAndKeepsOrderOfTheRest() {
        String session = RandomIds.newId();
        queue(0).push(session, List.of(entry("a", ""), entry("b", ""), entry("c", "")));

        assertThat(queue(0).claim(session, "/", List.of("b")))
                .extracting(FlashEntry::id)
                .containsExactly("b");
        assertThat(queue(1).claim(session, "/", List.of("b")))
                .as("already claimed")
                .isEmpty();
        assertThat(queue(1).peek(session, "/")).extracting(FlashEntry::id).containsExactly("a", "c");
    }

    @Test
    void peek_doesNotConsume() {
        String session = RandomIds.newId();
        queue(0).push(session, List.of(entry("a", "")));

        assertThat(queue(1).peek(session, "/")).hasSize(1);
        assertThat(queue(2).claim(session, "/", List.of()))
                .extracting(FlashEntry::id)
                .containsExactly("a");
        assertThat(queue(1).peek(session, "/")).isEmpty();
    }

    @Test
    void claim_expiredMessage_isDroppedNotDelivered() {
        String session = RandomIds.newId();
        queue(0).push(session, List.of(entry("old", "")));

        clock.advance(Duration.ofMinutes(2));

        assertThat(queue(0).claim(session, "/", List.of())).isEmpty();
    }

    @Test
    void push_overBacklogCap_mergesOldestLowestLevelIntoSummaryAndDropsNothing() {
        String session = RandomIds.newId();
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());
        FlashQueue small = new FlashQueue(NODES.get(0), keys, clock, 2, CoreAccess.counters(flashkit));
        long counted = flashkit.metrics().coalescedMessages();
        long expiry = clock.millis() + 60_000;

        long merged = small.push(
                session,
                List.of(
                        new FlashEntry("info1", "", expiry, 20, 1, false, "{}"),
                        new FlashEntry("error", "", expiry + 5, 40, 1, false, "{}"),
                        new FlashEntry("info2", "", expiry + 9, 20, 1, false, "{}")));

        assertThat(merged).isEqualTo(2);
        assertThat(flashkit.metrics().coalescedMessages() - counted).isGreaterThanOrEqualTo(2);
        List<FlashEntry> left = small.peek(session, "/");
        assertThat(left).hasSize(2);
        assertThat(left.get(0).synthesized()).isTrue();
        assertThat(left.get(0).count()).isEqualTo(2); // info1 + info2: nothing lost
        assertThat(left.get(0).level()).isEqualTo(20);
        assertThat(left.get(0).expiresAt()).isEqualTo(expiry + 9);
        assertThat(left.get(1).id()).isEqualTo("error"); // higher levels outlive lower ones
    }

    @Test
    void push_overCapAgain_mergesIntoTheExistingCount() {
        String session = RandomIds.newId();
        FlashQueue small = new FlashQueue(NODES.get(0), keys, clock, 2, new Counters());
        small.push(session, List.of(entry("1", ""), entry("2", ""), entry("3", "")));

        small.push(session, List.of(entry("4", "")));

        List<FlashEntry> left = small.peek(session, "/");
        assertThat(left).hasSize(2);
        assertThat(left.stream().mapToLong(FlashEntry::count).sum()).isEqualTo(4);
        assertThat(left.get(0).count()).isEqualTo(3);
    }

    @Test
    void rotate_session_carriesItsFlashMessagesToTheNewId() {
        SessionCommands sessions = new SessionCommands(NODES.get(0), keys);
        String oldId = RandomIds.newId();
        sessions.create(new StoredSession(oldId, 0, 1, 1, Map.of("u", "ada")), 3_600_000);
        queue(0).push(oldId, List.of(entry("welcome", "")));
        String newId = RandomIds.newId();

        sessions.rotate(oldId, new StoredSession(newId, 1, 1, 2, Map.of()), SessionDelta.NONE, 3_600_000);

        assertThat(queue(1).claim(oldId, "/", List.of())).isEmpty();
        assertThat(queue(1).claim(newId, "/", List.of()))
                .extracting(FlashEntry::id)
                .containsExactly("welcome");
    }

    @Test
    void update_removesGivenIdsAppendsNewAndNeverReaddsWhatOthersClaimed() {
        String session = RandomIds.newId();
        queue(0).push(session, List.of(entry("shown", ""), entry("claimedElsewhere", ""), entry("kept", "")));
        queue(1).claim(session, "/", List.of("claimedElsewhere"));

        queue(0).update(session, List.of("shown", "claimedElsewhere"), List.of(entry("new", "/next")));

        assertThat(queue(2).claim(session, "*", List.of()))
                .extracting(FlashEntry::id)
                .containsExactly("kept", "new");
    }

    @Test
    void update_onlyRemovals_keepsTheRestAlive() {
        String session = RandomIds.newId();
        queue(0).push(session, List.of(entry("a", ""), entry("b", "")));

        queue(0).update(session, List.of("a"), List.of());

        assertThat(queue(1).peek(session, "/")).extracting(FlashEntry::id).containsExactly("b");
    }

    @Test
    void rotate_whenNewIdAlreadyHasMessages_keepsBothOldestFirst() {
        SessionCommands sessions = new SessionCommands(NODES.get(0), keys);
        String oldId = RandomIds.newId();
        sessions.create(new StoredSession(oldId, 0, 1, 1, Map.of("u", "ada")), 3_600_000);
        queue(0).push(oldId, List.of(entry("before-login", "")));
        String newId = RandomIds.newId();
        queue(0).push(newId, List.of(entry("welcome", ""))); // stored by the login request before its session save

        sessions.rotate(oldId, new StoredSession(newId, 1, 1, 2, Map.of()), SessionDelta.NONE, 3_600_000);

        assertThat(queue(1).claim(newId, "/", List.of()))
                .extracting(FlashEntry::id)
                .containsExactly("before-login", "welcome");
    }

    @Test
    void claim_garbageEntriesInRedis_areSkippedAndDropped() {
        String session = RandomIds.newId();
        queue(0).push(session, List.of(entry("good", "")));
        NODES.get(0).commands().rpush(keys.flash(session), "not json", "{\"id\":1}", "[]");

        assertThat(queue(1).peek(session, "/")).extracting(FlashEntry::id).containsExactly("good");
        assertThat(queue(1).claim(session, "/", List.of()))
                .extracting(FlashEntry::id)
                .containsExactly("good");
        assertThat(NODES.get(0).commands().llen(keys.flash(session))).isZero();
    }
}
