package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisURI;
import java.time.Duration;
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
    private static final Duration DAY = Duration.ofDays(1);
    private static RedisConnector connector;
    private static String prefix;
    private final MutableClock clock = new MutableClock();

    @BeforeAll
    static void connect(RedisTestServer redis) {
        connector = new RedisConnector(RedisURI.create(redis.uri()), Duration.ofSeconds(2));
        prefix = "test:" + UUID.randomUUID() + ":";
    }

    @AfterAll
    static void close() {
        connector.close();
    }

    private SessionCommands commands(Duration idle) {
        return new SessionCommands(connector, new SessionKeys(prefix), clock, idle);
    }

    private String created(SessionCommands commands, Map<String, Object> data) {
        String id = SessionIds.next();
        long now = clock.millis();
        assertThat(commands.create(id, now, now + DAY.toMillis(), new SessionDelta(false, data, Set.of())))
                .isEqualTo(SessionCommands.Status.OK);
        return id;
    }

    @Test
    void load_afterCreate_returnsJsonValuesAndMetadata() {
        SessionCommands commands = commands(null);
        Map<String, Object> data = Map.of("user", "ada", "n", 42L, "tags", List.of("a", true), "m", Map.of("k", 1.5));
        String id = created(commands, data);

        StoredSession loaded = commands.load(id);

        assertThat(loaded.attributes()).isEqualTo(data);
        assertThat(loaded.generation()).isZero();
        assertThat(loaded.absoluteExpiry()).isEqualTo(loaded.createdAt() + DAY.toMillis());
    }

    @Test
    void update_differentKeysFromTwoRequests_bothPersist() {
        SessionCommands commands = commands(null);
        String id = created(commands, Map.of("keep", "x", "gone", "y"));

        commands.update(id, new SessionDelta(false, Map.of("a", 1L), Set.of("gone")));
        commands.update(id, new SessionDelta(false, Map.of("b", 2L), Set.of()));

        assertThat(commands.load(id).attributes()).isEqualTo(Map.of("keep", "x", "a", 1L, "b", 2L));
    }

    @Test
    void update_cleared_removesEveryOldAttributeKeepsNewOnes() {
        SessionCommands commands = commands(null);
        String id = created(commands, Map.of("a", 1L, "b", 2L));

        commands.update(id, new SessionDelta(true, Map.of("c", 3L), Set.of()));

        assertThat(commands.load(id).attributes()).isEqualTo(Map.of("c", 3L));
    }

    @Test
    void update_afterDelete_isRefusedAndNothingIsResurrected() {
        SessionCommands commands = commands(null);
        String id = created(commands, Map.of("user", "ada"));

        commands.delete(id);
        SessionCommands.Status status = commands.update(id, new SessionDelta(false, Map.of("late", "write"), Set.of()));

        assertThat(status).isEqualTo(SessionCommands.Status.GONE);
        assertThat(commands.load(id)).isNull();
    }

    @Test
    void rotate_liveSession_movesDataBumpsGenerationAndKillsOldId() {
        SessionCommands commands = commands(null);
        String oldId = created(commands, Map.of("user", "ada"));
        String newId = SessionIds.next();

        SessionCommands.Status status =
                commands.rotate(oldId, newId, new SessionDelta(false, Map.of("role", "admin"), Set.of()));

        assertThat(status).isEqualTo(SessionCommands.Status.OK);
        assertThat(commands.load(oldId)).isNull();
        StoredSession rotated = commands.load(newId);
        assertThat(rotated.attributes()).isEqualTo(Map.of("user", "ada", "role", "admin"));
        assertThat(rotated.generation()).isEqualTo(1);
        assertThat(commands.update(oldId, new SessionDelta(false, Map.of("x", 1L), Set.of())))
                .isEqualTo(SessionCommands.Status.GONE);
    }

    @Test
    void create_existingId_isRefusedWithoutOverwriting() {
        SessionCommands commands = commands(null);
        String id = created(commands, Map.of("user", "ada"));
        long now = clock.millis();

        SessionCommands.Status status =
                commands.create(id, now, now + 1000, new SessionDelta(false, Map.of("user", "eve"), Set.of()));

        assertThat(status).isEqualTo(SessionCommands.Status.CONFLICT);
        assertThat(commands.load(id).attributes()).containsEntry("user", "ada");
    }

    @Test
    void load_afterAbsoluteExpiry_returnsNullAndDeletes() {
        SessionCommands commands = commands(null);
        String id = created(commands, Map.of("user", "ada"));

        clock.advance(DAY.plusSeconds(1));

        assertThat(commands.load(id)).isNull();
        assertThat(commands.update(id, SessionDelta.NONE)).isEqualTo(SessionCommands.Status.GONE);
    }

    @Test
    void load_idleTimeout_slidesOnUseAndExpiresWhenIdle() {
        SessionCommands commands = commands(Duration.ofMinutes(30));
        String id = created(commands, Map.of("user", "ada"));

        clock.advance(Duration.ofMinutes(20));
        assertThat(commands.load(id)).isNotNull();
        clock.advance(Duration.ofMinutes(20));
        assertThat(commands.load(id)).as("used 20 minutes ago").isNotNull();
        clock.advance(Duration.ofMinutes(31));
        assertThat(commands.load(id)).as("idle for 31 minutes").isNull();
    }

    @Test
    void keys_afterCreate_containNoSessionIdAndCarryTtl() {
        SessionCommands commands = commands(Duration.ofMinutes(30));
        String id = created(commands, Map.of("user", "ada"));

        List<String> keys = connector.commands().keys(prefix + "*");

        assertThat(keys).isNotEmpty().noneMatch(k -> k.contains(id));
        String key = new SessionKeys(prefix).session(id);
        assertThat(keys).contains(key);
        assertThat(connector.commands().pttl(key))
                .isBetween(1L, Duration.ofMinutes(30).toMillis());
    }
}
