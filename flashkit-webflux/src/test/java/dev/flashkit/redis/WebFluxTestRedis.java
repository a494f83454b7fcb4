package dev.flashkit.redis;

import java.io.IOException;

/**
 * flashkit-redis' throwaway {@code redis-server} for the WebFlux tests, which live in another package: with {@code
 * CI=true} a missing redis-server fails the test, else it is skipped loudly.
 */
public final class WebFluxTestRedis implements AutoCloseable {
    private final RedisTestServer server;

    private WebFluxTestRedis(RedisTestServer server) {
        this.server = server;
    }

    /** Starts a private local server. */
    public static WebFluxTestRedis start() {
        try {
            return new WebFluxTestRedis(RedisTestServer.startLocal());
        } catch (IOException e) {
            throw RedisExtension.unavailable("the WebFlux adapter's Redis tests", e);
        }
    }

    /** The server's {@code redis://} URI. */
    public String uri() {
        return server.uri();
    }

    /** Freezes the server (SIGSTOP): connections stay open but nothing answers, like a hung host. */
    public void pause() throws IOException, InterruptedException {
        server.pause();
    }

    /** Thaws the paused server, its data intact. */
    public void resume() throws IOException, InterruptedException {
        server.resume();
    }

    @Override
    public void close() {
        server.close();
    }
}
