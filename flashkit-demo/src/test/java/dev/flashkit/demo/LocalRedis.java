package dev.flashkit.demo;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Redis for the demo's store tests: {@code FLASHKIT_TEST_REDIS_URL} when set, otherwise a
 * throwaway {@code redis-server} on a free loopback port without persistence. A missing
 * {@code redis-server} fails under {@code CI=true} and skips loudly otherwise
 * ({@code scripts/redis-deps.sh} installs it).
 */
final class LocalRedis implements AutoCloseable {

    private final String uri;
    private final Process process;

    private LocalRedis(String uri, Process process) {
        this.uri = uri;
        this.process = process;
    }

    static LocalRedis start() throws IOException, InterruptedException {
        String external = System.getenv("FLASHKIT_TEST_REDIS_URL");
        if (external != null && !external.isBlank()) {
            return new LocalRedis(external, null);
        }
        if (List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server").stream()
                .noneMatch(p -> Files.isExecutable(Path.of(p)))) {
            String message = "redis-server is missing: run scripts/redis-deps.sh";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            System.err.println("\n*** SKIPPING REDIS DEMO TESTS: " + message + " ***\n");
            Assumptions.abort(message);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createTempDirectory("demo-redis");
        Process process = new ProcessBuilder(
                        "redis-server",
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--dir",
                        dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        for (int i = 0; i < 250; i++) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return new LocalRedis("redis://127.0.0.1:" + port, process);
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        process.destroyForcibly();
        throw new IOException("redis-server did not listen on port " + port + ", see " + dir.resolve("redis.log"));
    }

    /** The URI for {@code FLASHKIT_STORE}. */
    String uri() {
        return uri;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
