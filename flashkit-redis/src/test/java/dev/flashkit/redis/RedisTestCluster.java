package dev.flashkit.redis;

import dev.flashkit.storetests.TestProcesses;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A throwaway Redis Cluster for tests: {@code masters} real {@code redis-server --cluster-enabled yes}
 * processes ({@link RedisTestServer}: free loopback ports, no persistence, files under
 * {@code target/}), joined by {@code redis-cli --cluster create} without replicas.
 */
final class RedisTestCluster implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

    private final List<RedisTestServer> nodes;

    private RedisTestCluster(List<RedisTestServer> nodes) {
        this.nodes = nodes;
    }

    /** Starts the nodes, creates the cluster and waits until every node reports {@code cluster_state:ok}. */
    static RedisTestCluster start(int masters) throws IOException, InterruptedException {
        List<RedisTestServer> nodes = new ArrayList<>();
        RedisTestCluster cluster = new RedisTestCluster(nodes);
        try {
            for (int i = 0; i < masters; i++) {
                nodes.add(RedisTestServer.startLocal(List.of(
                        "--cluster-enabled", "yes",
                        "--cluster-config-file", "nodes.conf", // relative to the node's own --dir
                        "--cluster-port", Integer.toString(TestProcesses.freePort()),
                        "--cluster-node-timeout", "5000")));
            }
            cluster.create();
            cluster.awaitReady();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private void create() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        nodes.forEach(n -> command.add("127.0.0.1:" + n.port()));
        command.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        Path log = Path.of(
                System.getProperty("java.io.tmpdir"),
                "cluster-create-" + nodes.get(0).port() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("redis-cli --cluster create did not finish within 30 s, see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException("redis-cli --cluster create failed with " + process.exitValue() + ", see " + log);
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (nodes.stream().allMatch(n -> clusterInfo(n).contains("cluster_state:ok"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("the test cluster did not reach cluster_state:ok within " + READY_TIMEOUT);
    }

    /** {@code redis-cluster://} URI listing every node as a seed. */
    String uri() {
        return nodes.stream()
                .map(n -> "127.0.0.1:" + n.port())
                .collect(Collectors.joining(",", "redis-cluster://", ""));
    }

    /** The master processes, e.g. to stop one. */
    List<RedisTestServer> nodes() {
        return nodes;
    }

    /** {@code CLUSTER INFO} of one node, or "" when it does not answer. */
    static String clusterInfo(RedisTestServer node) {
        return onNode(node, c -> c.sync().clusterInfo(), "");
    }

    /** Runs {@code action} on a plain connection to one node (not through the cluster client). */
    private static <T> T onNode(
            RedisTestServer node,
            java.util.function.Function<StatefulRedisConnection<String, String>, T> action,
            T orElse) {
        RedisClient client = RedisClient.create(RedisURI.builder()
                .withHost("127.0.0.1")
                .withPort(node.port())
                .withTimeout(Duration.ofSeconds(5))
                .build());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            return action.apply(c);
        } catch (RuntimeException e) {
            return orElse;
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    @Override
    public void close() {
        nodes.forEach(RedisTestServer::close);
    }

    /** Plain connections to every node, for finding out where keys live; close it after use. */
    Probe probe() {
        return new Probe(nodes);
    }

    /** Asks the masters directly (not through the cluster client under test). */
    static final class Probe implements AutoCloseable {
        private final List<RedisTestServer> nodes;
        private final List<RedisClient> clients = new ArrayList<>();
        private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

        private Probe(List<RedisTestServer> nodes) {
            this.nodes = nodes;
            for (RedisTestServer node : nodes) {
                RedisClient client = RedisClient.create(RedisURI.builder()
                        .withHost("127.0.0.1")
                        .withPort(node.port())
                        .withTimeout(Duration.ofSeconds(5))
                        .build());
                clients.add(client);
                connections.add(client.connect());
            }
        }

        /** The port of the master holding {@code key}, or -1 when none does. */
        int holder(String key) {
            for (int i = 0; i < nodes.size(); i++) {
                try {
                    if (connections.get(i).sync().exists(key) == 1L) {
                        return nodes.get(i).port();
                    }
                } catch (RedisCommandExecutionException e) { // MOVED: the slot is another master's
                    if (!String.valueOf(e.getMessage()).startsWith("MOVED")) {
                        throw e;
                    }
                }
            }
            return -1;
        }

        /** The key's hash slot, as Redis computes it ({@code CLUSTER KEYSLOT}). */
        long slot(String key) {
            return connections.get(0).sync().clusterKeyslot(key);
        }

        @Override
        public void close() {
            connections.forEach(StatefulRedisConnection::close);
            clients.forEach(c -> c.shutdown(Duration.ZERO, Duration.ofSeconds(1)));
        }
    }
}
