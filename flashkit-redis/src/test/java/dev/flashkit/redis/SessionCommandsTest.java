package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.internal.Counters;
import dev.flashkit.internal.RandomIds;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisExtension.class)
class SessionCommandsTest {
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static RedisConnector connector;
    private static String prefix;
    private static SessionCommands commands;

    @BeforeAll
    static void connect(RedisTestServer redis) {
        connector = new RedisConnector(RedisURI.create(redis.uri()), TestTimeouts.RELAXED);
        prefix = "test:" + UUID.randomUUID() + ":";
        commands = new SessionCommands(connector, new SessionKeys(prefix));
    }

    @AfterAll
    static void close() {
        connector.close();
    }

    private static StoredSession session(String id, long generation, Map<String, Object> data) {
        return new StoredSession(id, generation, 1_000L, 2_000L, data);
    }

    private static String created(Map<String, Object> data) {
        String id = RandomIds.newId();
        assertThat(commands.create(session(id, 0, data), HOUR)).isEqualTo(SessionCommands.Status.OK);
        return id;
    }

    private static SessionDelta put(String key, Object value) {
        Map<String, Object> changed = new HashMap<>();
        changed.put(key, value);
        return new SessionDelta(false, changed, Set.of());
    }

    @Test
    void load_afterCreate_returnsJsonValuesAndMetadata() {
        Map<String, Object> data =
                new HashMap<>(Map.of("user", "ada", "n", 42L, "tags", List.of("a", true), "m", Map.of("k", 1.5)));
        data.put("nothing", null);
        String id = created(data);

        StoredSession loaded = commands.load(id);

        assertThat(loaded).isEqualTo(session(id, 0, data));
    }

    @Test
    void load_unknownId_returnsNull() {
        assertThat(commands.load(RandomIds.newId())).isNull();
    }

    @Test
    void update_differentKeysFromTwoRequests_bothPersist() {
        String id = created(Map.of("keep", "x", "gone", "y"));

        commands.update(session(id, 0, Map.of()), new SessionDelta(false, Map.of("a", 1L), Set.of("gone")), HOUR);
        commands.update(session(id, 0, Map.of()), put("b", 2L), HOUR);

        assertThat(commands.load(id).attributes()).isEqualTo(Map.of("keep", "x", "a", 1L, "b", 2L));
    }

    @Test
    void update_cleared_removesEveryOldAttributeKeepsNewOnes() {
        String id = created(Map.of("a", 1L, "b", 2L));

        commands.update(session(id, 0, Map.of()), new SessionDelta(true, Map.of("c", 3L), Set.of()), HOUR);

        assertThat(commands.load(id).attributes()).isEqualTo(Map.of("c", 3L));
    }

    @Test
    void update_afterDelete_isRefusedAndNothingIsResurrected() {
        String id = created(Map.of("user", "ada"));

        commands.delete(id);
        SessionCommands.Status status = commands.update(session(id, 0, Map.of()), put("late", "write"), HOUR);

        assertThat(status).isEqualTo(SessionCommands.Status.GONE);
        assertThat(commands.load(id)).isNull();
    }

    @Test
    void rotate_liveSession_movesDataSetsGenerationAndKillsOldId() {
        String oldId = created(Map.of("user", "ada"));
        String newId = RandomIds.newId();

        SessionCommands.Status status = commands.rotate(oldId, session(newId, 1, Map.of()), put("role", "admin"), HOUR);

        assertThat(status).isEqualTo(SessionCommands.Status.OK);
        assertThat(commands.load(oldId)).isNull();
        StoredSession rotated = commands.load(newId);
        assertThat(rotated.attributes()).isEqualTo(Map.of("user", "ada", "role", "admin"));
        assertThat(rotated.generation()).isEqualTo(1);
        assertThat(commands.update(session(oldId, 0, Map.of()), put("x", 1L), HOUR))
                .isEqualTo(SessionCommands.Status.GONE);
    }

    @Test
    void rotate_afterDelete_isRefusedAndCreatesNothing() {
        String oldId = created(Map.of("user", "ada"));
        String newId = RandomIds.newId();
        commands.delete(oldId);

        SessionCommands.Status status = commands.rotate(oldId, session(newId, 1, Map.of()), put("role", "admin"), HOUR);

        assertThat(status).isEqualTo(SessionCommands.Status.GONE);
        assertThat(commands.load(newId)).isNull();
    }

    @Test
    void create_existingId_isRefusedWithoutOverwriting() {
        String id = created(Map.of("user", "ada"));

        SessionCommands.Status status = commands.create(session(id, 0, Map.of("user", "eve")), HOUR);

        assertThat(status).isEqualTo(SessionCommands.Status.CONFLICT);
        assertThat(commands.load(id).attributes()).containsEntry("user", "ada");
    }

    @Test
    void save_timeToLive_becomesTheKeyTtlAndRedisExpiresIt() throws InterruptedException {
        String id = RandomIds.newId();
        commands.create(session(id, 0, Map.of("user", "ada")), 200);

        assertThat(connector.commands().pttl(new SessionKeys(prefix).session(id)))
                .isBetween(1L, 200L);
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (commands.load(id) != null && System.nanoTime() < deadline) {
            Thread.sleep(20); // real time is the behaviour under test: Redis expires the key
        }
        assertThat(commands.load(id)).isNull();
    }

    @Test
    void keys_afterCreate_containNoSessionId() {
        String id = created(Map.of("user", "ada"));

        List<String> keys = connector.commands().keys(prefix + "*");

        assertThat(keys).contains(new SessionKeys(prefix).session(id)).noneMatch(k -> k.contains(id));
    }

    @Test
    void update_withFlashChange_writesBothAtomicallyAndListLivesAsLongAsSession() {
        String id = created(Map.of("user", "ada"));
        long farExpiry = System.currentTimeMillis() + Duration.ofDays(14).toMillis();
        FlashDelta flash = FlashQueue.delta(
                false,
                List.of(),
                List.of(new FlashEntry("m1", "", farExpiry, "{}"), new FlashEntry("m2", "", farExpiry, "{}")));

        SessionCommands.Status status =
                commands.update(session(id, 0, Map.of()), put("cart", "1 item"), HOUR, flash, new Counters());

        assertThat(status).isEqualTo(SessionCommands.Status.OK);
        StoredSession loaded = commands.load(id); // one script: hash and flash list together
        assertThat(loaded.attributes()).containsEntry("cart", "1 item");
        assertThat(loaded.flash())
                .extracting(raw -> FlashQueue.decode(raw).id())
                .containsExactly("m1", "m2");
        assertThat(connector.commands().pttl(new SessionKeys(prefix).flash(id))).isBetween(1L, HOUR);
    }

    @Test
    void loadClaiming_targetedEntryPastItsWait_isClaimedAndExpiredOnesCounted() {
        String id = created(Map.of("user", "ada"));
        long now = System.currentTimeMillis();
        long later = now + HOUR;
        FlashDelta flash = FlashQueue.delta(
                false,
                List.of(),
                List.of(
                        new FlashEntry("waited", "/a", later, 20, 1, false, "{}", now - 1),
                        new FlashEntry("waiting", "/a", later, 20, 1, false, "{}", later),
                        new FlashEntry("expired", "", now - 1, "{}")));
        commands.update(session(id, 0, Map.of()), put("cart", "1 item"), HOUR, flash, new Counters());
        Counters counters = new Counters();

        StoredSession loaded = commands.load(id, "/b", now, counters);

        assertThat(loaded.claimed()).containsExactly("waited");
        assertThat(loaded.flash())
                .extracting(raw -> FlashQueue.decode(raw).id())
                .containsExactly("waited", "waiting");
        assertThat(counters.expiredUndeliveredMessages()).isEqualTo(1);
    }

    @Test
    void update_withFlashChangeAfterDelete_writesNeither() {
        String id = created(Map.of("user", "ada"));
        commands.delete(id);
        FlashDelta flash = FlashQueue.delta(
                false, List.of(), List.of(new FlashEntry("late", "", System.currentTimeMillis() + HOUR, "{}")));

        SessionCommands.Status status =
                commands.update(session(id, 0, Map.of()), put("cart", "1 item"), HOUR, flash, new Counters());

        assertThat(status).isEqualTo(SessionCommands.Status.GONE);
        assertThat(connector.commands().exists(new SessionKeys(prefix).flash(id)))
                .isZero(); // no orphan list
    }
}
