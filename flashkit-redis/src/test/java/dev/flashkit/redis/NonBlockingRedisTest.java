package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Message;
import dev.flashkit.test.TestExchange;
import dev.flashkit.test.TestSecrets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * "Never blocks an event loop", proven with BlockHound: requests run {@code prepare()} → handler →
 * {@code commitAsync()} on a Reactor non-blocking thread ({@code Schedulers.parallel()}) with the Redis store and
 * its message storage, and any blocking call there (on that thread, or on Lettuce's Netty event loop where the
 * stages complete) fails the request.
 */
@Tag("blockhound") // runs in its own JVM fork: see the module's surefire configuration
@ExtendWith(RedisExtension.class)
class NonBlockingRedisTest {
    private final Map<String, String> jar = new LinkedHashMap<>();
    private RedisSessionStore store;
    private Flashkit flashkit;

    /**
     * BlockHound with its built-in integrations (Reactor's schedulers, Netty's event loops). Lettuce's synchronous
     * API is marked blocking where it waits for the reply ({@code Futures.awaitOrCancel}), so a synchronous command
     * is caught even when Redis answers before the thread would park. One JDK call is allowed: a DRBG seeding
     * itself from the system entropy source ({@code /dev/urandom}, which never waits), once per generator, when
     * Flashkit first draws session ids or AES-GCM nonces from it.
     */
    @BeforeAll
    static void installBlockHound() {
        BlockHound.install(
                builder -> builder.allowBlockingCallsInside("sun.security.provider.SeedGenerator", "generateSeed")
                        .markAsBlocking(
                                "io.lettuce.core.internal.Futures",
                                "awaitOrCancel",
                                "(Lio/lettuce/core/RedisFuture;JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;"));
    }

    @BeforeEach
    void createFlashkit(RedisTestServer redis) {
        store = RedisSessionStore.builder(redis.uri())
                .keyPrefix("nonblocking:" + UUID.randomUUID() + ":")
                .build();
        flashkit = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(store)
                .messageStorage(store.messageStorage())
                .build());
        warmUp();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** A first request, which opens the connection to Redis (on the non-blocking path as well). */
    private void warmUp() {
        send(TestExchange.request("POST", "/warm-up"), (ctx, exchange) -> ctx.session()
                .put("warm", true));
        jar.clear();
    }

    /** One request the way a reactive adapter runs it; the cookies it set go into the jar. */
    private TestExchange send(TestExchange.Builder request, BiConsumer<RequestContext, TestExchange> handler) {
        TestExchange exchange = request.cookies(jar).build();
        Mono.defer(() -> Mono.fromCompletionStage(flashkit.open(exchange).prepare()))
                .publishOn(Schedulers.parallel())
                .flatMap(context -> {
                    assertThat(Schedulers.isInNonBlockingThread()).isTrue();
                    handler.accept(context, exchange);
                    return Mono.fromCompletionStage(context.commitAsync());
                })
                .subscribeOn(Schedulers.parallel())
                .block(Duration.ofSeconds(10));
        exchange.responseCookies().values().forEach(c -> {
            if (c.isDeletion()) {
                jar.remove(c.name());
            } else {
                jar.put(c.name(), c.value());
            }
        });
        return exchange;
    }

    private static List<String> texts(List<Message> messages) {
        return messages.stream().map(m -> m.text().value()).toList();
    }

    @Test
    void prepareHandlerCommitAsync_sessionAndFlashOnRedis_neverBlockTheThread() {
        AtomicReference<Object> user = new AtomicReference<>();
        AtomicReference<List<String>> shown = new AtomicReference<>();

        send(TestExchange.request("POST", "/items"), (ctx, exchange) -> {
            ctx.session().put("user", "ada");
            ctx.messages().success("Item saved");
            exchange.redirect("/items/3");
        });
        send(TestExchange.request("GET", "/items/3"), (ctx, exchange) -> {
            user.set(ctx.session().get("user"));
            shown.set(texts(ctx.messages().consume()));
        });

        assertThat(user.get()).isEqualTo("ada");
        assertThat(shown.get()).containsExactly("Item saved");
        send(
                TestExchange.request("GET", "/items/3"),
                (ctx, exchange) -> shown.set(texts(ctx.messages().consume())));
        assertThat(shown.get()).isEmpty();
    }

    @Test
    void prepare_requestTheSessionLoadDoesNotClaimFor_claimsOnLettucesAsyncApi() {
        AtomicReference<List<String>> shown = new AtomicReference<>();
        send(TestExchange.request("POST", "/notes"), (ctx, exchange) -> {
            ctx.session().put("user", "ada");
            ctx.messages().info("Note added");
        });

        send(
                TestExchange.request("POST", "/notes/preview"),
                (ctx, exchange) -> shown.set(texts(ctx.messages().consume())));

        assertThat(shown.get()).containsExactly("Note added");
        send(
                TestExchange.request("GET", "/notes"),
                (ctx, exchange) -> shown.set(texts(ctx.messages().consume())));
        assertThat(shown.get()).isEmpty();
    }

    @Test
    void blockingRedisCall_onTheNonBlockingThread_failsTheRequest() {
        send(TestExchange.request("POST", "/login"), (ctx, exchange) -> ctx.session()
                .put("user", "ada"));
        String cookie = jar.get(flashkit.config().sessionCookieName());

        Throwable thrown = catchThrowable(
                () -> send(TestExchange.request("GET", "/"), (ctx, exchange) -> store.load(cookie, ctx.scope())));

        assertThat(thrown)
                .hasRootCauseInstanceOf(BlockingOperationError.class)
                .rootCause()
                .hasMessageContaining("awaitOrCancel"); // Lettuce's synchronous API waiting for Redis
    }
}
