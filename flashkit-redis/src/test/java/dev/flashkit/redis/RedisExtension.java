package dev.flashkit.redis;

import dev.flashkit.storetests.MissingServer;
import java.io.IOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real Redis ({@link RedisTestServer}) as a parameter.
 *
 * <p>{@code @ExtendWith(RedisExtension.class)} shares one server per test run (the one named by
 * {@code FLASHKIT_TEST_REDIS_URL}, else a throwaway {@code redis-server}); tests isolate
 * themselves with unique key prefixes. {@code @RegisterExtension static RedisExtension redis =
 * RedisExtension.dedicated()} starts a private local server that the test may stop and restart.
 *
 * <p>When Redis cannot be reached or started: with {@code CI=true} the test fails; otherwise it
 * is skipped with a loud message on stderr.
 */
public final class RedisExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RedisExtension.class);

    private final boolean dedicated;

    /** The shared server, for {@code @ExtendWith}. */
    public RedisExtension() {
        this(false);
    }

    private RedisExtension(boolean dedicated) {
        this.dedicated = dedicated;
    }

    /** A private, restartable local server for this test class. */
    static RedisExtension dedicated() {
        return new RedisExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RedisTestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    RedisTestServer server(ExtensionContext context) {
        if (dedicated) {
            ExtensionContext.Store store = context.getStore(NAMESPACE);
            String key = "dedicated:" + context.getRequiredTestClass().getName();
            return store.getOrComputeIfAbsent(
                    key,
                    k -> local("this test stops and restarts it, so an external URL is not enough"),
                    RedisTestServer.class);
        }
        return shared(context);
    }

    /** The server the whole test run shares (see the class comment), started on first use. */
    static RedisTestServer shared(ExtensionContext context) {
        // Values that are AutoCloseable are closed by JUnit when the root context ends.
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        return root.getOrComputeIfAbsent("shared", k -> obtainShared(), RedisTestServer.class);
    }

    private static RedisTestServer obtainShared() {
        String url = System.getenv(RedisTestServer.URL_ENV);
        if (url != null && !url.isBlank()) {
            return RedisTestServer.external(url.trim());
        }
        return local(null);
    }

    /**
     * Starts a private local server the caller closes, or fails (with {@code CI=true}) or skips loudly;
     * {@code detail} (may be null) says why the test needs a local one.
     */
    static RedisTestServer local(String detail) {
        try {
            return RedisTestServer.startLocal();
        } catch (IOException e) {
            throw unavailable(detail, e);
        }
    }

    /**
     * Fails the test (with {@code CI=true}) or skips it loudly, because a local Redis could not be
     * started; {@code detail} (may be null) says why this test needs one.
     */
    static RuntimeException unavailable(String detail, Exception cause) {
        String message = "Redis tests need redis-server on the PATH (run scripts/redis-deps.sh"
                + " or install the Debian package redis-server)"
                + (detail != null ? "; " + detail : "")
                + ". Cause: " + cause.getMessage();
        return MissingServer.failOrSkip("REDIS", message, cause);
    }
}
