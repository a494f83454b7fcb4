package dev.flashkit.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every request on a kept-alive connection gets its answer when Redis' stages complete on Lettuce's threads: the
 * filter continues on the connection's event loop ({@code EventLoops}). Without that, about one request in two
 * hundred on Reactor Netty waited for an answer that never came (the client timed out).
 */
class WebFluxRedisKeepAliveTest {
    @Test
    void sessionAndFlashRequests_onKeptAliveConnections_allAnswered() {
        List<String> unanswered = new ArrayList<>();
        try (RedisFlashkit redis = RedisFlashkit.start();
                WebFluxServer server = WebFluxServer.start(redis.flashkit(), ScenarioWebApp.class)) {
            for (int round = 0; round < 100; round++) {
                Browser browser = new Browser(server.uri()); // one client, its connection kept alive
                for (String request : List.of(
                        "POST /session?key=cart&value=3",
                        "GET /session",
                        "POST /session/remove?key=cart",
                        "POST /session?key=cart&value=4",
                        "GET /session",
                        "GET /lenient",
                        "GET /items/keep",
                        "GET /items",
                        "GET /items")) {
                    String[] line = request.split(" ");
                    try {
                        browser.send(line[0], line[1]);
                    } catch (RuntimeException timedOut) {
                        unanswered.add(round + ": " + request + ": " + timedOut.getMessage());
                    }
                }
            }
        }

        assertThat(unanswered).isEmpty();
    }
}
