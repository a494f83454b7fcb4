package dev.flashkit.redis;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Runs a {@code @ParameterizedClass} once per Redis topology the store supports: one server, a primary with
 * a replica behind Sentinel, and a three-master Cluster. Each run gets a fresh {@link RedisSessionStore} with
 * its own key prefix on that topology's deployment, which the whole test run shares (real processes, started
 * on first use; with {@code CI=true} one that cannot start fails, elsewhere it is skipped loudly). JUnit
 * closes the store after the run. Surefire names the runs by number: [1] standalone, [2] Sentinel, [3] Cluster.
 */
final class RedisTopologies implements ArgumentsProvider {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RedisTopologies.class);
    /** Far above any pause of a busy test machine: the contract runs must never see a failover. */
    private static final Duration SENTINEL_DOWN_AFTER = Duration.ofSeconds(30);

    private record Topology(String name, Function<ExtensionContext, String> uri) {}

    private static final List<Topology> ALL = List.of(
            new Topology("standalone", context -> RedisExtension.shared(context).uri()),
            new Topology("Sentinel", context -> sentinel(context).uri()),
            new Topology("Cluster", context -> ClusterExtension.shared(context).uri()));

    @Override
    public Stream<Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        // lazily: a topology's deployment starts when its run begins
        return ALL.stream().map(topology -> Arguments.argumentSet(topology.name(), connect(topology, context)));
    }

    private static RedisSessionStore connect(Topology topology, ExtensionContext context) {
        return RedisSessionStore.builder(topology.uri().apply(context))
                .commandTimeout(TestTimeouts.RELAXED)
                .keyPrefix("contract:" + topology.name() + ":" + UUID.randomUUID() + ":")
                .build();
    }

    /** The Sentinel deployment the whole test run shares, around a primary of its own. */
    private static RedisTestSentinel sentinel(ExtensionContext context) {
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE); // AutoCloseables close with the run
        RedisTestServer primary = root.getOrComputeIfAbsent(
                "primary", k -> RedisExtension.local("Sentinel watches a primary of its own"), RedisTestServer.class);
        return root.getOrComputeIfAbsent("sentinel", k -> watch(primary), RedisTestSentinel.class);
    }

    private static RedisTestSentinel watch(RedisTestServer primary) {
        try {
            return RedisTestSentinel.watching(primary, SENTINEL_DOWN_AFTER);
        } catch (IOException e) {
            throw RedisExtension.unavailable("the Sentinel topology starts a replica and a Sentinel", e);
        }
    }
}
