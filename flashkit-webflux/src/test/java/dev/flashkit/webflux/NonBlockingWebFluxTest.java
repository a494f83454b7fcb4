package dev.flashkit.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.redis.RedisSessionStore;
import dev.flashkit.test.TestSecrets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.core.scheduler.Schedulers;

/**
 * "Never blocks the event loop", proven with BlockHound over real HTTP: Spring WebFlux on Reactor Netty with the
 * Redis store (sessions and flash messages), and any blocking call on a Netty event loop — Reactor Netty's, where
 * the filter prepares and the handler runs, or Lettuce's, where Redis' answers complete the stages — fails the
 * request. Session writes, a flash message through a 303 redirect, and a failing handler (whose claimed messages
 * go back to Redis) all run; a blocking Redis call slipped into a handler is caught.
 */
@Tag("blockhound") // runs in its own JVM fork: see the module's surefire configuration
class NonBlockingWebFluxTest {
    private static final List<String> violations = new CopyOnWriteArrayList<>();
    private static RedisFlashkit redis;
    private static WebFluxServer server;
    private static WebFluxServer blockingStoreServer;

    /** The store a handler calls synchronously to show BlockHound at work; set before the server serves. */
    static volatile RedisSessionStore blockingTarget;

    /** A handler that slips in a blocking call: Lettuce's synchronous API, on the event loop. */
    @Configuration(proxyBeanMethods = false)
    static class BlockingRoute {
        @RestController
        static class BlockingController {
            @GetMapping("/blocking")
            String blocking(ServerWebExchange exchange) {
                String thread = Thread.currentThread().getName();
                // a fresh well-formed id: the store always asks Redis (a request without a session cookie would not)
                String id = blockingTarget.newId(null);
                try {
                    blockingTarget.load(id, FlashkitWebFilter.context(exchange).scope());
                    return "not blocked on " + thread + " (non-blocking thread: " + Schedulers.isInNonBlockingThread()
                            + ")";
                } catch (BlockingOperationError e) {
                    return "blocked on " + thread + ": " + e.getMessage();
                }
            }
        }
    }

    /**
     * Redis and the server first, a warm-up pass over every route (class loading and the first connections read
     * jars and sockets once), then BlockHound with its built-in integrations (Reactor's schedulers, Netty's event
     * loops) and the allowances of flashkit-redis' NonBlockingRedisTest: Lettuce's synchronous wait is marked
     * blocking; a DRBG seeding itself from {@code /dev/urandom} (once per generator) is allowed.
     */
    @BeforeAll
    static void start() {
        redis = RedisFlashkit.start();
        blockingTarget = redis.store();
        server = WebFluxServer.start(redis.flashkit(), ScenarioWebApp.class, BlockingRoute.class);
        blockingStoreServer = WebFluxServer.start(
                Flashkit.create(FlashkitConfig.builder()
                        .secret(TestSecrets.random())
                        .sessionStore(new SleepingSessionStore())
                        .build()),
                ScenarioWebApp.class);
        new Browser(blockingStoreServer.uri()).post("/session?key=warm&value=1");
        Browser warmUp = new Browser(server.uri());
        warmUp.post("/session?key=warm&value=1");
        warmUp.get("/session");
        warmUp.post("/items?name=warm");
        warmUp.get("/lenient");
        warmUp.get("/fail/render");
        warmUp.get("/items");
        warmUp.post("/logout");
        BlockHound.install(builder -> builder.blockingMethodCallback(method -> {
                    violations.add(
                            method.toString() + " on " + Thread.currentThread().getName());
                    throw new BlockingOperationError(method);
                })
                .allowBlockingCallsInside("sun.security.provider.SeedGenerator", "generateSeed")
                .markAsBlocking(
                        "io.lettuce.core.internal.Futures",
                        "awaitOrCancel",
                        "(Lio/lettuce/core/RedisFuture;JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;"));
    }

    /**
     * Every blocking call BlockHound met is recorded too, since a store may catch the error it throws (or, as
     * Lettuce does, have sent the command before it waits): whatever the responses say, none may have happened.
     */
    @AfterEach
    void noBlockingCall() {
        List<String> met = List.copyOf(violations);
        violations.clear();
        assertThat(met).as("blocking calls on non-blocking threads").isEmpty();
    }

    @AfterAll
    static void stop() {
        blockingStoreServer.close();
        server.close();
        redis.close();
    }

    @Test
    void sessionWrite_onRedisUnderBlockHound_savesAndReadsBack() {
        Browser browser = new Browser(server.uri());

        Browser.Page post = browser.post("/session?key=cart&value=3");
        Browser.Page page = browser.get("/session");

        assertThat(post.status()).as(post.toString()).isEqualTo(303);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("cart=3");
    }

    @Test
    void flashThroughRedirect_onRedisUnderBlockHound_showsOnce() {
        Browser browser = new Browser(server.uri());

        Browser.Page post = browser.post("/items?name=tea");
        Browser.Page page = browser.get(post.header("Location"));
        Browser.Page reload = browser.get("/items");

        assertThat(post.status()).as(post.toString()).isEqualTo(303);
        assertThat(page.body()).as(page.toString()).isEqualTo("messages:\nsuccess|success|Item 'tea' added\n");
        assertThat(reload.body()).isEqualTo("messages:\n");
    }

    @Test
    void failingHandler_onRedisUnderBlockHound_putsClaimedMessagesBackWithoutBlocking() {
        Browser browser = new Browser(server.uri());
        browser.post("/session?key=user&value=ada");
        browser.get("/lenient"); // a message for whichever page displays next (no redirect, no target)

        Browser.Page failed = browser.get("/fail/render"); // the session load claims it for this page
        Browser.Page page = browser.get("/items");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(page.body())
                .as("put back in Redis by abandonAsync")
                .isEqualTo("messages:\nsuccess|success|shown only where Flashkit is installed\n");
    }

    @Test
    void blockingStore_likeJdbc_isCalledOnAWorkerNeverOnTheEventLoop() {
        Browser browser = new Browser(blockingStoreServer.uri());

        Browser.Page post = browser.post("/session?key=cart&value=3");
        Browser.Page page = browser.get("/session");

        assertThat(post.status()).as(post.toString()).isEqualTo(303);
        assertThat(page.body()).contains("cart=3");
    }

    @Test
    void blockingRedisCall_inAHandlerOnTheEventLoop_isCaught() {
        Browser.Page page = new Browser(server.uri()).get("/blocking");

        assertThat(page.body())
                .startsWith("blocked on ")
                .contains("awaitOrCancel"); // Lettuce's synchronous API waiting for Redis
        assertThat(violations).singleElement().asString().contains("awaitOrCancel");
        violations.clear(); // the one this test slipped in on purpose
    }
}
