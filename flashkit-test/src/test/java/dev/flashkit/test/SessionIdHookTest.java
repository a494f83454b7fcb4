package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.RandomIds;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link SessionStore#newId}: a store chooses the ids of new and rotated sessions. */
class SessionIdHookTest {
    private final FamilyStore store = new FamilyStore();
    private final TestBrowser browser = new TestBrowser(Flashkit.create(FlashkitConfig.builder()
            .secret(TestSecrets.random())
            .sessionStore(store)
            .build()));

    @Test
    void newSession_storeChoosesId_cookieCarriesIt() {
        TestExchange first = browser.get("/cart", ctx -> ctx.session().put("cart", "1 item"));

        assertThat(store.asked).containsExactly((String) null);
        assertThat(first.responseCookie("flashkit_session").value())
                .isEqualTo(store.issued.get(0))
                .startsWith("fam1.");
    }

    @Test
    void rotate_storeGetsPreviousId_newIdReplacesOldOne() {
        browser.get("/cart", ctx -> ctx.session().put("cart", "1 item"));
        String before = browser.cookies().get("flashkit_session");

        browser.post("/login", (ctx, ex) -> {
            ctx.session().rotate();
            ctx.session().put("user", "ada");
        });
        String after = browser.cookies().get("flashkit_session");

        assertThat(store.asked).containsExactly(null, before);
        assertThat(after).isEqualTo(store.issued.get(1)).startsWith("fam1.").isNotEqualTo(before);
        assertThat(store.load(before)).isEmpty();
        assertThat(store.load(after).orElseThrow().attributes()).containsEntry("cart", "1 item");
    }

    @Test
    void invalidate_nextSessionIsBrandNew_storeGetsNoPreviousId() {
        browser.get("/login", ctx -> ctx.session().put("user", "ada"));

        browser.post("/logout", (ctx, ex) -> {
            ctx.session().invalidate();
            ctx.session().put("notice", "bye");
        });

        assertThat(store.asked).containsExactly(null, null);
        assertThat(browser.cookies().get("flashkit_session")).startsWith("fam2.");
    }

    @Test
    void newId_defaultImplementation_is192RandomBits() {
        SessionStore plain = MemorySessionStore.create(10);

        String a = plain.newId(null);
        String b = plain.newId(a);

        assertThat(a).matches("[A-Za-z0-9_-]{32}");
        assertThat(b).matches("[A-Za-z0-9_-]{32}").isNotEqualTo(a);
    }

    /** A memory store whose ids are {@code fam<n>.<random>}; rotation keeps the family. */
    private static final class FamilyStore implements SessionStore {
        private final SessionStore delegate = MemorySessionStore.create(100);
        final List<String> asked = new ArrayList<>();
        final List<String> issued = new ArrayList<>();
        private int families;

        @Override
        public String newId(String previousId) {
            asked.add(previousId);
            String family = previousId == null ? "fam" + ++families : previousId.substring(0, previousId.indexOf('.'));
            String id = family + "." + RandomIds.newId();
            issued.add(id);
            return id;
        }

        @Override
        public Optional<SessionData> load(String cookieValue) {
            return delegate.load(cookieValue);
        }

        @Override
        public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
            return delegate.save(session, changes, timeToLive);
        }

        @Override
        public void delete(String id) {
            delegate.delete(id);
        }
    }
}
