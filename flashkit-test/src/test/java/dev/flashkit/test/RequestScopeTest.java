package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The per-request scope Flashkit hands to its stores: it carries the request and the settings, its slots
 * belong to one request, the session store gets the same scope at load and save (so per-request state needs
 * no side channel), a store can ask for a save of an unchanged session, and abandon actions run once, only
 * for a failed request.
 */
class RequestScopeTest {
    private static final RequestScope.Key<List<String>> NOTES = RequestScope.Key.of("notes");

    /** A memory store that records, at each save, what the request's scope holds under {@link #NOTES}. */
    private static final class Recording implements SessionStore {
        final SessionStore sessions = MemorySessionStore.create(100);
        final List<List<String>> notesAtSave = new ArrayList<>();

        @Override
        public Optional<SessionData> load(String cookieValue) {
            return sessions.load(cookieValue);
        }

        @Override
        public Optional<SessionData> load(String cookieValue, RequestScope scope) {
            scope.computeIfAbsent(NOTES, ArrayList::new)
                    .add("loaded " + scope.claimTarget().orElse("-"));
            return load(cookieValue);
        }

        @Override
        public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
            return sessions.save(session, changes, timeToLive);
        }

        @Override
        public Optional<String> save(
                SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
            notesAtSave.add(scope.get(NOTES) == null ? List.of() : List.copyOf(scope.get(NOTES)));
            return save(session, changes, timeToLive);
        }

        @Override
        public void delete(String id) {
            sessions.delete(id);
        }
    }

    private final TestClock clock = new TestClock();
    private final Recording store = new Recording();
    private final Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
            .secret(TestSecrets.random())
            .clock(clock)
            .sessionStore(store)
            .build());

    @Test
    void scope_request_carriesItsCookiesHeadersAndSettings() {
        RequestContext context = flashkit.open(TestExchange.request("GET", "/items?page=2")
                .cookie("theme", "dark")
                .header("Accept-Language", "fr")
                .secure(true)
                .build());
        RequestScope scope = context.scope();

        assertThat(scope.cookie("theme")).isEqualTo("dark");
        assertThat(scope.cookie("missing")).isNull();
        assertThat(scope.header("accept-language")).isEqualTo("fr");
        assertThat(scope.isSecure()).isTrue();
        assertThat(scope.config()).isSameAs(flashkit.config());
        assertThat(scope.clock()).isSameAs(clock);
        assertThat(scope.sessionStore()).isSameAs(store);
        assertThat(scope.messageStorage()).isSameAs(flashkit.messageStorage());
        assertThat(scope.claimTarget()).contains("/items?page=2");
        assertThat(scope.session()).isSameAs(context.session());
    }

    @Test
    void computeIfAbsent_sameKeyTwice_keepsTheFirstValue() {
        RequestScope scope = flashkit.open(TestExchange.get("/")).scope();

        List<String> first = scope.computeIfAbsent(NOTES, ArrayList::new);
        List<String> second = scope.computeIfAbsent(NOTES, () -> List.of("other"));

        assertThat(second).isSameAs(first);
        assertThat(scope.get(NOTES)).isSameAs(first);
    }

    @Test
    void slots_anotherRequestOrAnotherKey_seeNothing() {
        RequestScope one = flashkit.open(TestExchange.get("/")).scope();
        one.computeIfAbsent(NOTES, ArrayList::new).add("mine");

        RequestScope two = flashkit.open(TestExchange.get("/")).scope();

        assertThat(two.get(NOTES)).isNull();
        assertThat(one.get(RequestScope.Key.<List<String>>of("notes"))).isNull();
    }

    @Test
    void remove_filledSlot_emptiesIt() {
        RequestScope scope = flashkit.open(TestExchange.get("/")).scope();
        scope.computeIfAbsent(NOTES, ArrayList::new);

        scope.remove(NOTES);

        assertThat(scope.get(NOTES)).isNull();
    }

    @Test
    void sessionStore_loadThenSaveInOneRequest_seeTheSameScope() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.post("/login", (ctx, ex) -> ctx.session().put("user", "ada"));
        store.notesAtSave.clear();

        browser.get("/profile", ctx -> ctx.session().put("seen", true));

        assertThat(store.notesAtSave).containsExactly(List.of("loaded /profile"));
    }

    @Test
    void saveSessionAtCommit_unchangedSession_isSavedOnce() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.post("/login", (ctx, ex) -> ctx.session().put("user", "ada"));
        browser.get("/read", ctx -> ctx.session().get("user"));
        store.notesAtSave.clear();

        browser.get("/read", ctx -> {
            ctx.session().get("user");
            ctx.scope().saveSessionAtCommit();
        });

        assertThat(store.notesAtSave).hasSize(1);
    }

    @Test
    void saveSessionAtCommit_notAsked_unchangedSessionIsNotSaved() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.post("/login", (ctx, ex) -> ctx.session().put("user", "ada"));
        store.notesAtSave.clear();

        browser.get("/read", ctx -> ctx.session().get("user"));

        assertThat(store.notesAtSave).isEmpty();
    }

    @Test
    void onAbandon_failedRequest_runsEachActionOnceInOrderEvenWhenOneThrows() {
        RequestContext context = flashkit.open(TestExchange.get("/"));
        List<String> ran = new ArrayList<>();
        context.scope().onAbandon(() -> ran.add("first"));
        context.scope().onAbandon(() -> {
            throw new IllegalStateException("store down");
        });
        context.scope().onAbandon(() -> ran.add("third"));

        context.abandon();
        context.abandon();

        assertThat(ran).containsExactly("first", "third");
    }

    @Test
    void onAbandon_committedRequest_neverRuns() {
        RequestContext context = flashkit.open(TestExchange.get("/"));
        List<String> ran = new ArrayList<>();
        context.scope().onAbandon(() -> ran.add("released"));

        context.commit();
        context.abandon();

        assertThat(ran).isEmpty();
    }
}
