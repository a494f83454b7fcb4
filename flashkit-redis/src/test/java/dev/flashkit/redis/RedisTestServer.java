package dev.flashkit.redis;

import dev.flashkit.storetests.TestProcesses;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Redis for tests: either the server named by {@code FLASHKIT_TEST_REDIS_URL}, or a
 * throwaway {@code redis-server} process on a free loopback port (no persistence, data dir under
 * {@code target/}) that can be stopped and started again on the same port for fault tests.
 */
final class RedisTestServer implements AutoCloseable {
    static final String URL_ENV = "FLASHKIT_TEST_REDIS_URL";
    private static final String CONFIG = "<config file>";

    private final String externalUri;
    private final int port;
    private final Path dir;
    private final List<String> extraArgs;
    private Process process;

    private RedisTestServer(String externalUri, int port, Path dir, List<String> extraArgs) {
        this.externalUri = externalUri;
        this.port = port;
        this.dir = dir;
        this.extraArgs = extraArgs;
    }

    /** The server named by {@code FLASHKIT_TEST_REDIS_URL}; never started or stopped by tests. */
    static RedisTestServer external(String uri) {
        return new RedisTestServer(uri, -1, null, List.of());
    }

    /** Starts a fresh {@code redis-server} on a free loopback port. */
    static RedisTestServer startLocal() throws IOException {
        return startLocal(List.of());
    }

    /** Starts a fresh local server with extra {@code redis-server} arguments (e.g. --replicaof). */
    static RedisTestServer startLocal(List<String> extraArgs) throws IOException {
        Path dir = newDir("redis");
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            RedisTestServer server = new RedisTestServer(null, TestProcesses.freePort(), dir, extraArgs);
            try {
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
                return server;
            } catch (IOException e) { // port taken between probing and binding: try another
                last = e;
                server.stop();
            }
        }
        throw last;
    }

    /**
     * Starts a Sentinel on a free port that monitors {@code master} as {@code mymaster} (quorum 1) and
     * considers it down after {@code downAfter} without an answer.
     */
    static RedisTestServer startSentinel(RedisTestServer master, Duration downAfter) throws IOException {
        Path dir = newDir("sentinel");
        Path conf = dir.resolve("sentinel.conf"); // Sentinel rewrites its config: it must be writable
        Files.writeString(
                conf,
                "sentinel monitor mymaster 127.0.0.1 " + master.port + " 1\n"
                        + "sentinel down-after-milliseconds mymaster " + downAfter.toMillis() + "\n"
                        + "sentinel failover-timeout mymaster 5000\n");
        RedisTestServer sentinel = new RedisTestServer(
                null, TestProcesses.freePort(), dir, List.of(CONFIG, conf.toString(), "--sentinel"));
        sentinel.start();
        Runtime.getRuntime().addShutdownHook(new Thread(sentinel::stop));
        return sentinel;
    }

    int port() {
        return port;
    }

    private static Path newDir(String kind) throws IOException {
        Path dir = Path.of(
                System.getProperty("java.io.tmpdir"),
                kind + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createDirectories(dir);
        return dir;
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add("redis-server");
        boolean hasConfig = !extraArgs.isEmpty() && extraArgs.get(0).equals(CONFIG);
        if (hasConfig) { // redis-server takes a config file only as its first argument
            command.add(extraArgs.get(1));
        }
        command.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--daemonize", "no"));
        command.addAll(List.of("--save", "", "--appendonly", "no", "--dir", dir.toString()));
        command.addAll(hasConfig ? extraArgs.subList(2, extraArgs.size()) : extraArgs);
        return command;
    }

    String uri() {
        return externalUri != null ? externalUri : "redis://127.0.0.1:" + port;
    }

    /** Whether this test run owns the process (and so may stop and restart it). */
    boolean isLocal() {
        return externalUri == null;
    }

    /** Starts (or restarts) the local server on its port and waits until it answers PING. */
    synchronized void start() throws IOException {
        requireLocal();
        if (process != null && process.isAlive()) {
            return;
        }
        Path log = dir.resolve("redis.log");
        process = TestProcesses.start(command(), log);
        if (TestProcesses.awaitReady(process, "redis-server", log, Duration.ofSeconds(10), 20, this::ping)) {
            return;
        }
        stop();
        throw new IOException("redis-server did not answer PING on port " + port + " within 10 s");
    }

    /** Stops the local server (SIGTERM, then SIGKILL) and waits until the port is closed. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            signal("-CONT"); // a paused server cannot handle SIGTERM
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // best effort: SIGKILL below still works
        }
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Freezes the local server (SIGSTOP): connections stay open but nothing answers, like a hung host. */
    synchronized void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Thaws a paused server (SIGCONT). */
    synchronized void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        requireLocal();
        if (process == null) {
            throw new IllegalStateException("redis-server is not running");
        }
        int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
        if (exit != 0) {
            throw new IOException("kill " + signal + " failed with " + exit);
        }
    }

    @Override
    public void close() {
        if (isLocal()) {
            stop();
        }
    }

    /** A raw RESP PING, independent of the client library under test. */
    boolean ping() {
        if (!isLocal()) {
            return true;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException e) {
            return false;
        }
    }

    private void requireLocal() {
        if (!isLocal()) {
            throw new IllegalStateException("the Redis at " + URL_ENV + " is not managed by the tests");
        }
    }
}
