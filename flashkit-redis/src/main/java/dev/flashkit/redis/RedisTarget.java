package dev.flashkit.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterURIUtil;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Where the store connects, parsed from its URI: one server or Sentinel ({@code single}, a Lettuce
 * URI), or a Redis Cluster ({@code clusterSeeds}, from Flashkit's {@code redis-cluster://} or
 * {@code rediss-cluster://} scheme followed by Lettuce's cluster syntax). Error messages never echo
 * the URI: it may carry a password.
 */
record RedisTarget(RedisURI single, List<RedisURI> clusterSeeds) {
    private static final String CLUSTER = "redis-cluster://";
    private static final String CLUSTER_TLS = "rediss-cluster://";

    static RedisTarget parse(String redisUri) {
        if (redisUri == null || redisUri.isBlank()) {
            throw new IllegalArgumentException("redisUri must not be blank");
        }
        String trimmed = redisUri.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        boolean tls = lower.startsWith(CLUSTER_TLS);
        if (tls || lower.startsWith(CLUSTER)) {
            String rest = trimmed.substring((tls ? CLUSTER_TLS : CLUSTER).length());
            return new RedisTarget(null, clusterSeeds((tls ? "rediss://" : "redis://") + rest));
        }
        try {
            return new RedisTarget(RedisURI.create(trimmed), null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("redisUri is not a valid Redis URI (expected e.g. redis://host:6379/0)");
        }
    }

    boolean isCluster() {
        return clusterSeeds != null;
    }

    /** The seed nodes of a cluster URI; the rest of the cluster is discovered from them. */
    private static List<RedisURI> clusterSeeds(String uri) {
        List<RedisURI> seeds;
        int database;
        try {
            database = RedisURI.create(URI.create(uri)).getDatabase();
            seeds = RedisClusterURIUtil.toRedisURIs(URI.create(uri));
        } catch (RuntimeException e) {
            database = 0;
            seeds = List.of();
        }
        if (seeds.isEmpty()
                || seeds.stream()
                        .anyMatch(s -> s.getHost() == null || s.getHost().isBlank())) {
            throw new IllegalArgumentException(
                    "redisUri is not a valid Redis Cluster URI (expected e.g. redis-cluster://node1:6379,node2:6379)");
        }
        if (database != 0) {
            throw new IllegalArgumentException("a Redis Cluster has only database 0: remove the /<database>");
        }
        return seeds;
    }
}
