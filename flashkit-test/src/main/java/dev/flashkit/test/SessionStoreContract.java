package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flashkit.internal.RandomIds;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SessionStore} must have. Extend it in your store's tests, implement
 * {@link #store()}, and override {@link #advance(Duration)} when the store runs on a controllable clock.
 */
public abstract class SessionStoreContract {
    private static final Duration TTL = Duration.ofMinutes(30);

    /** The store under test (a fresh or shared one; tests use random ids). */
    protected abstract SessionStore store();

    /** Whether the store keeps state on the server (memory, Redis) rather than in the cookie. */
    protected boolean serverSide() {
        return true;
    }

    /** Lets {@code duration} pass for the store; the default sleeps (real time). */
    protected void advance(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    /** The "now" the store's clock sees. */
    protected Instant now() {
        return Instant.now();
    }

    /** A new session's data with these attributes, under an id the store chose ({@link SessionStore#newId}). */
    protected SessionData newSession(Map<String, Object> attributes) {
        return new SessionData(store().newId(null), 0, now(), now(), attributes, false);
    }

    private static SessionChanges created(Map<String, Object> attributes) {
        return new SessionChanges(true, null, false, attributes, Set.of());
    }

    private String saveNew(SessionData data) {
        return store().save(data, created(data.attributes()), TTL).orElseThrow();
    }

    @Test
    void save_newSession_loadsBackEveryJsonType() {
        Map<String, Object> attributes = Map.of(
                "user",
                "ada",
                "visits",
                3L,
                "ratio",
                0.5,
                "admin",
                true,
                "cart",
                List.of("widget", 2L),
                "prefs",
                Map.of("theme", "dark"));
        SessionData data = newSession(attributes);
        String cookie = saveNew(data);

        Optional<SessionData> loaded = store().load(cookie);

        assertThat(loaded).isPresent();
        assertThat(loaded.get().id()).isEqualTo(data.id());
        assertThat(loaded.get().attributes()).isEqualTo(attributes);
        assertThat(loaded.get().generation()).isZero();
    }

    @Test
    void load_unknownOrGarbageValue_isEmpty() {
        assertThat(store().load(RandomIds.newId())).isEmpty();
        assertThat(store().load(store().newId(null))).isEmpty();
        assertThat(store().load("not a session \u0000 \u00e9")).isEmpty();
        assertThat(store().load("")).isEmpty();
        assertThat(store().load("x".repeat(100_000))).isEmpty();
    }

    @Test
    void save_delta_keepsUntouchedKeysAndAppliesRemovals() {
        SessionData data = newSession(Map.of("a", "1", "b", "2", "c", "3"));
        String cookie = saveNew(data);
        SessionData changed =
                new SessionData(data.id(), 0, data.createdAt(), now(), Map.of("a", "1", "b", "20"), false);
        String cookie2 = store().save(
                        changed, new SessionChanges(false, null, false, Map.of("b", "20"), Set.of("c")), TTL)
                .orElseThrow();

        assertThat(store().load(cookie2).orElseThrow().attributes()).isEqualTo(Map.of("a", "1", "b", "20"));
        if (serverSide()) {
            assertThat(cookie2).isEqualTo(cookie);
        }
    }

    @Test
    void save_concurrentDeltasOnDifferentKeys_bothPersist() {
        assumeTrue(serverSide(), "a cookie store has no shared state: each response carries its whole session");
        SessionData data = newSession(Map.of("base", "x"));
        String cookie = saveNew(data);
        // two requests loaded the same state, each writes its own key
        store().save(
                        new SessionData(data.id(), 0, data.createdAt(), now(), Map.of("base", "x", "left", 1L), false),
                        new SessionChanges(false, null, false, Map.of("left", 1L), Set.of()),
                        TTL);
        store().save(
                        new SessionData(data.id(), 0, data.createdAt(), now(), Map.of("base", "x", "right", 2L), false),
                        new SessionChanges(false, null, false, Map.of("right", 2L), Set.of()),
                        TTL);

        assertThat(store().load(cookie).orElseThrow().attributes())
                .isEqualTo(Map.of("base", "x", "left", 1L, "right", 2L));
    }

    @Test
    void save_rotated_keepsDataChangesIdAndRetiresOldId() {
        SessionData data = newSession(Map.of("cart", "3 items"));
        String oldCookie = saveNew(data);
        SessionData rotated =
                new SessionData(store().newId(data.id()), 1, data.createdAt(), now(), data.attributes(), false);

        String newCookie = store().save(rotated, new SessionChanges(false, data.id(), false, Map.of(), Set.of()), TTL)
                .orElseThrow();

        SessionData loaded = store().load(newCookie).orElseThrow();
        assertThat(loaded.id()).isEqualTo(rotated.id()).isNotEqualTo(data.id());
        assertThat(loaded.generation()).isEqualTo(1);
        assertThat(loaded.attributes()).containsEntry("cart", "3 items");
        assertThat(newCookie).isNotEqualTo(oldCookie);
        if (serverSide()) {
            assertThat(store().load(oldCookie)).isEmpty();
        }
    }

    @Test
    void delete_thenConcurrentSave_neverResurrects() {
        assumeTrue(serverSide(), "a cookie store cannot revoke a copied cookie (documented limitation)");
        SessionData data = newSession(Map.of("user", "ada"));
        String cookie = saveNew(data);

        store().delete(data.id());
        Optional<String> late = store().save(
                        new SessionData(
                                data.id(), 0, data.createdAt(), now(), Map.of("user", "ada", "late", true), false),
                        new SessionChanges(false, null, false, Map.of("late", true), Set.of()),
                        TTL);

        assertThat(late).isEmpty();
        assertThat(store().load(cookie)).isEmpty();
    }

    @Test
    void rotate_afterDelete_neverResurrects() {
        assumeTrue(serverSide(), "a cookie store cannot revoke a copied cookie (documented limitation)");
        SessionData data = newSession(Map.of("user", "ada"));
        saveNew(data);
        store().delete(data.id());
        SessionData rotated =
                new SessionData(store().newId(data.id()), 1, data.createdAt(), now(), data.attributes(), false);

        Optional<String> cookie =
                store().save(rotated, new SessionChanges(false, data.id(), false, Map.of(), Set.of()), TTL);

        assertThat(cookie).isEmpty();
        assertThat(store().load(rotated.id())).isEmpty();
    }

    @Test
    void load_afterTimeToLive_isEmpty() throws InterruptedException {
        SessionData data = newSession(Map.of("user", "ada"));
        String cookie = store().save(data, created(data.attributes()), Duration.ofMillis(1500))
                .orElseThrow();
        assertThat(store().load(cookie)).isPresent();

        advance(Duration.ofMillis(2100));

        assertThat(store().load(cookie)).isEmpty();
    }
}
