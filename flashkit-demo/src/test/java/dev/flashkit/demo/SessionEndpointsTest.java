package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Starlette tutorial's delete and clear endpoints over real HTTP (issue 15 item 5). */
class SessionEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void deleteSession_afterSetSession_removesOnlyKeyAndSaysSo() {
        HttpUser user = new HttpUser(server);
        user.post("/login", Map.of("username", "test", "password", "password"));
        user.get("/set-session");

        HttpResponse<String> deleted = user.get("/delete-session");

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).get("message").asText()).isEqualTo("Session data deleted");
        assertThat(json(user.get("/get-session")).get("key").isNull()).isTrue();
        assertThat(json(user.get("/debug/session")).at("/data/user").asText()).isEqualTo("test");
    }

    @Test
    void clearSession_afterSetSessionAndLogin_removesEverythingAndSaysSo() {
        HttpUser user = new HttpUser(server);
        user.post("/login", Map.of("username", "test", "password", "password"));
        user.get("/set-session");

        HttpResponse<String> cleared = user.get("/clear-session");

        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(json(cleared).get("message").asText()).isEqualTo("Session cleared");
        assertThat(json(user.get("/get-session")).get("key").isNull()).isTrue();
        assertThat(json(user.get("/debug/session")).get("data").size()).isZero();
        assertThat(user.get("/dashboard").statusCode()).isEqualTo(303);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
