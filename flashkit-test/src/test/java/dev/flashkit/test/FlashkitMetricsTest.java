package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitMetrics;
import dev.flashkit.FlashkitMetrics.SetCookieSizes;
import dev.flashkit.FlashkitMetrics.StoreOperation;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.session.SessionStoreException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each Flashkit instance counts its own requests: two applications in one JVM never add to each other's metrics. */
class FlashkitMetricsTest {
    private final Flashkit first = flashkit();
    private final Flashkit second = flashkit();

    private static Flashkit flashkit() {
        return Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .messageBacklog(3)
                .build());
    }

    private static void sendBadCookiesAndOverflow(Flashkit flashkit) {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.setCookie(flashkit.config().sessionCookieName(), "not-a-sealed-cookie");
        browser.setCookie(flashkit.config().messages().cookieName(), "not-a-sealed-cookie");
        browser.get("/", ctx -> {
            ctx.session().get("user");
            ctx.messages().consume();
        });
        browser.post("/", (ctx, ex) -> {
            for (int i = 0; i < 5; i++) {
                ctx.messages().info("m" + i);
            }
        });
    }

    @Test
    void metrics_twoInstancesInOneJvm_countSeparately() {
        sendBadCookiesAndOverflow(first);

        FlashkitMetrics counted = first.metrics();
        assertThat(counted.invalidSessionCookies()).isEqualTo(1);
        assertThat(counted.invalidMessageCookies()).isEqualTo(1);
        assertThat(counted.coalescedMessages()).isEqualTo(3); // 5 messages, backlog 3: two merged with a third
        assertThat(counted.droppedMessages()).isZero();
        FlashkitMetrics other = second.metrics();
        assertThat(other.invalidSessionCookies()).isZero();
        assertThat(other.invalidMessageCookies()).isZero();
        assertThat(other.coalescedMessages()).isZero();
    }

    @Test
    void metrics_sameInstance_isOneObjectReadingLiveCounts() {
        FlashkitMetrics metrics = first.metrics();

        sendBadCookiesAndOverflow(first);
        sendBadCookiesAndOverflow(first);

        assertThat(first.metrics()).isSameAs(metrics);
        assertThat(metrics.invalidSessionCookies()).isEqualTo(2);
        assertThat(metrics.invalidMessageCookies()).isEqualTo(2);
    }

    @Test
    void storeFailures_storeDownInEachOperation_countedOncePerFailureByOperation() {
        DownStore store = new DownStore();
        Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(store)
                .build());
        TestBrowser browser = new TestBrowser(flashkit);
        browser.get("/", ctx -> ctx.session().put("user", "ada"));

        store.down = true;
        assertThatStoreFails(() -> browser.get("/", ctx -> ctx.session().get("user")));
        assertThatStoreFails(() -> browser.get("/", ctx -> ctx.session().get("user"))); // a second failure
        store.downOnlyForWrites = true;
        assertThatStoreFails(() -> browser.get("/", ctx -> ctx.session().put("user", "grace")));
        assertThatStoreFails(() -> browser.get("/", ctx -> ctx.session().invalidate()));

        FlashkitMetrics metrics = flashkit.metrics();
        assertThat(metrics.storeFailures(StoreOperation.LOAD)).isEqualTo(2);
        assertThat(metrics.storeFailures(StoreOperation.SAVE)).isEqualTo(1);
        assertThat(metrics.storeFailures(StoreOperation.DELETE)).isEqualTo(1);
        assertThat(first.metrics().storeFailures(StoreOperation.LOAD)).isZero();
    }

    @Test
    void setCookieSizes_cookiesWritten_countedByHeaderSize() {
        TestBrowser browser = new TestBrowser(first);
        TestExchange small = browser.get("/", ctx -> ctx.session().put("user", "ada"));
        TestExchange large = browser.get("/", ctx -> ctx.session().put("note", "x".repeat(1500)));

        SetCookieSizes sizes = first.metrics().setCookieSizes();
        int smallBytes = headerBytes(small);
        int largeBytes = headerBytes(large);
        assertThat(smallBytes).isBetween(100, 512);
        assertThat(largeBytes).isBetween(2049, 3072);
        assertThat(sizes.count()).isEqualTo(2);
        assertThat(sizes.totalBytes()).isEqualTo(smallBytes + largeBytes);
        assertThat(sizes.maxBytes()).isEqualTo(largeBytes);
        assertThat(sizes.countUpTo()).containsKeys(256, 512, 1024, 2048, 3072, 4096);
        assertThat(sizes.countUpTo().get(512)).isEqualTo(1);
        assertThat(sizes.countUpTo().get(2048)).isEqualTo(1);
        assertThat(sizes.countUpTo().get(3072)).isEqualTo(2);
        assertThat(sizes.countUpTo().get(4096)).isEqualTo(2);
        assertThat(second.metrics().setCookieSizes().count()).isZero();
    }

    /** The bytes of the one Set-Cookie header line ({@code Set-Cookie: } included) the exchange answered with. */
    private static int headerBytes(TestExchange exchange) {
        assertThat(exchange.responseHeaders("Set-Cookie")).hasSize(1);
        return ("Set-Cookie: " + exchange.responseHeaders("Set-Cookie").get(0))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length;
    }

    private static void assertThatStoreFails(Runnable request) {
        org.assertj.core.api.Assertions.assertThatThrownBy(request::run).isInstanceOf(SessionStoreException.class);
    }

    /** A memory store that can go down: for every operation, or only for saves and deletes. */
    private static final class DownStore implements SessionStore {
        private final MemorySessionStore memory = MemorySessionStore.create(100);
        volatile boolean down;
        volatile boolean downOnlyForWrites;

        @Override
        public Optional<SessionData> load(String cookieValue) {
            if (down && !downOnlyForWrites) {
                throw new SessionStoreException("store down (test)");
            }
            return memory.load(cookieValue);
        }

        @Override
        public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
            if (down) {
                throw new SessionStoreException("store down (test)");
            }
            return memory.save(session, changes, timeToLive);
        }

        @Override
        public void delete(String id) {
            if (down) {
                throw new SessionStoreException("store down (test)");
            }
            memory.delete(id);
        }
    }
}
