package dev.flashkit.redis;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A throwaway Sentinel deployment around a primary the caller owns: one replica of it and one Sentinel
 * ({@code redis-server --sentinel}) monitoring it as {@code mymaster} with quorum 1, all real processes on
 * free loopback ports ({@link RedisTestServer}). Closing stops the replica and the Sentinel.
 */
final class RedisTestSentinel implements AutoCloseable {
    private final RedisTestServer replica;
    private final RedisTestServer sentinel;

    private RedisTestSentinel(RedisTestServer replica, RedisTestServer sentinel) {
        this.replica = replica;
        this.sentinel = sentinel;
    }

    /**
     * Starts a replica of {@code primary} and a Sentinel that fails over when the primary has not answered
     * for {@code downAfter} (or when told to).
     */
    static RedisTestSentinel watching(RedisTestServer primary, Duration downAfter) throws IOException {
        RedisTestServer replica =
                RedisTestServer.startLocal(List.of("--replicaof", "127.0.0.1", Integer.toString(primary.port())));
        try {
            return new RedisTestSentinel(replica, RedisTestServer.startSentinel(primary, downAfter));
        } catch (IOException | RuntimeException e) {
            replica.close();
            throw e;
        }
    }

    /** The {@code redis-sentinel://} URI a store finds the current primary with. */
    String uri() {
        return "redis-sentinel://127.0.0.1:" + sentinel.port() + "/0#mymaster";
    }

    /** The replica, which a failover promotes. */
    RedisTestServer replica() {
        return replica;
    }

    /** The Sentinel process, e.g. to send it SENTINEL commands. */
    RedisTestServer sentinel() {
        return sentinel;
    }

    @Override
    public void close() {
        sentinel.close();
        replica.close();
    }
}
