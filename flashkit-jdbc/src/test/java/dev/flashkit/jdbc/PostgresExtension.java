package dev.flashkit.jdbc;

import dev.flashkit.storetests.MissingServer;
import java.io.IOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real PostgreSQL ({@link PostgresTestServer}), or {@link TestStores} on it, as a parameter.
 *
 * <p>{@code @ExtendWith(PostgresExtension.class)} shares one server per test run (the one named by {@code
 * FLASHKIT_TEST_POSTGRES_URL}, else a throwaway cluster); tests isolate themselves with unique table prefixes.
 * {@code @RegisterExtension static PostgresExtension postgres = PostgresExtension.dedicated()} starts a private
 * local cluster that the test may stop, freeze and restart.
 *
 * <p>When PostgreSQL cannot be started: with {@code CI=true} the test fails; otherwise it is skipped with a
 * loud message on stderr.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresExtension.class);

    private final boolean dedicated;

    /** The shared server, for {@code @ExtendWith}. */
    public PostgresExtension() {
        this(false);
    }

    private PostgresExtension(boolean dedicated) {
        this.dedicated = dedicated;
    }

    /** A private, restartable local cluster for this test class. */
    static PostgresExtension dedicated() {
        return new PostgresExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PostgresTestServer.class || type == TestStores.class;
    }

    /**
     * The server; or {@link TestStores} on it, one per scope that asks (a {@code @BeforeAll} gets the class's),
     * closed by JUnit when that scope ends.
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == TestStores.class) {
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent("stores", k -> new TestStores(server(context)), TestStores.class);
        }
        return server(context);
    }

    PostgresTestServer server(ExtensionContext context) {
        if (dedicated) {
            String key = "dedicated:" + context.getRequiredTestClass().getName();
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(
                            key,
                            k -> local("this test stops and restarts it, so an external URL is not enough"),
                            PostgresTestServer.class);
        }
        // Values that are AutoCloseable are closed by JUnit when the root context ends.
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("shared", k -> obtainShared(), PostgresTestServer.class);
    }

    private static PostgresTestServer obtainShared() {
        String url = System.getenv(PostgresTestServer.URL_ENV);
        if (url != null && !url.isBlank()) {
            return PostgresTestServer.external(url.trim());
        }
        return local(null);
    }

    private static PostgresTestServer local(String detail) {
        try {
            return PostgresTestServer.startLocal();
        } catch (IOException e) {
            String message = "PostgreSQL tests need initdb and postgres (run scripts/postgres-deps.sh or install the"
                    + " Debian package postgresql)"
                    + (detail != null ? "; " + detail : "")
                    + ". Cause: " + e.getMessage();
            throw MissingServer.failOrSkip("POSTGRESQL", message, e);
        }
    }
}
