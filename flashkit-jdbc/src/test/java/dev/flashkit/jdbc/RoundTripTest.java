package dev.flashkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.test.TestBrowser;
import dev.flashkit.test.TestSecrets;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statements (each one round trip) a request costs, as docs/postgres.md states them: one to load the session
 * with its attributes and messages, one to claim the messages a page displays, one to save. Counted by a
 * {@link DataSource} wrapper between the store and the real pool.
 */
@ExtendWith(PostgresExtension.class)
class RoundTripTest {
    private final AtomicInteger statements = new AtomicInteger();
    private TestStores stores;
    private TestBrowser browser;

    @BeforeEach
    void start(PostgresTestServer server) {
        stores = new TestStores(server);
        DataSource counting = counting(stores.dataSource(TestStores.RELAXED));
        stores.store(stores.builder(stores.dataSource(TestStores.RELAXED))); // creates the tables, uncounted
        JdbcSessionStore counted = stores.store(JdbcSessionStore.builder(counting)
                .tablePrefix(stores.prefix())
                .cleanupInterval(java.time.Duration.ZERO));
        browser = new TestBrowser(Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(counted)
                .messageStorage(counted.messageStorage())
                .build()));
    }

    @AfterEach
    void stop() {
        stores.close();
    }

    @Test
    void requests_flashRedirectDisplay_costOneStatementEachStepAndTwoToDisplay() {
        assertThat(count(() -> browser.get("/", ctx -> ctx.messages().consume())))
                .as("no cookie: nothing to read")
                .isZero();
        assertThat(count(() -> browser.post("/items", (ctx, ex) -> {
                    ctx.session().put("user", "ada");
                    ctx.messages().success("Saved");
                    ex.redirect("/items/3");
                })))
                .as("a new session with its message: one insert statement")
                .isEqualTo(1);
        assertThat(count(() -> browser.get(
                        "/items/3", ctx -> assertThat(ctx.messages().consume()).hasSize(1))))
                .as("load with the messages, then claim what is displayed")
                .isEqualTo(2);
        assertThat(count(() -> browser.get("/items/3", ctx -> {
                    assertThat(ctx.session().get("user")).isEqualTo("ada");
                    assertThat(ctx.messages().consume()).isEmpty();
                })))
                .as("a page with no messages: one load")
                .isEqualTo(1);
        assertThat(count(() -> browser.post("/prefs", (ctx, ex) -> ctx.session().put("theme", "dark"))))
                .as("a write: load, then one save statement")
                .isEqualTo(2);
    }

    private int count(Runnable request) {
        int before = statements.get();
        request.run();
        return statements.get() - before;
    }

    /** A DataSource whose connections count the statements they prepare (each runs once: one round trip). */
    private DataSource counting(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, real, args);
                    return method.getName().equals("getConnection") ? counting((Connection) result) : result;
                });
    }

    private Connection counting(Connection real) {
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (List.of("prepareStatement", "createStatement").contains(method.getName())) {
                        statements.incrementAndGet();
                    }
                    return invoke(method, real, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
