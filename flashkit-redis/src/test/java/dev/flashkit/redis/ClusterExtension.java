package dev.flashkit.redis;

import java.io.IOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real three-master Redis Cluster ({@link RedisTestCluster}) as a parameter, started
 * once per test run and shared (tests isolate themselves with unique key prefixes). Like
 * {@link RedisExtension}: with {@code CI=true} a missing {@code redis-server}/{@code redis-cli} fails
 * the test, elsewhere it is skipped loudly.
 */
public final class ClusterExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ClusterExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RedisTestCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    /** The cluster the whole test run shares, started on first use. */
    static RedisTestCluster shared(ExtensionContext context) {
        // AutoCloseable values are closed by JUnit when the root context ends.
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("cluster", k -> start(), RedisTestCluster.class);
    }

    /** A private cluster the caller closes (for tests that stop nodes); fails or skips like the shared one. */
    static RedisTestCluster dedicated() {
        return start();
    }

    private static RedisTestCluster start() {
        try {
            return RedisTestCluster.start(3);
        } catch (IOException e) {
            throw RedisExtension.unavailable("the cluster tests also need redis-cli", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the test cluster", e);
        }
    }
}
