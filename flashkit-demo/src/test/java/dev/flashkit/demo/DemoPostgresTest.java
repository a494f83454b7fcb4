package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.jdbc.PostgresTestServer;
import dev.flashkit.storetests.MissingServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo with {@code FLASHKIT_STORE=postgresql://...} over real HTTP and a real PostgreSQL (a throwaway cluster
 * from flashkit-jdbc's tests): the schema is created in an empty database, two instances with one secret share
 * sessions and show each flash message once, and a database that is down at startup only means 503s until it is
 * up.
 */
class DemoPostgresTest {
    private static PostgresTestServer postgres;

    @BeforeAll
    static void startPostgres() {
        try {
            postgres = PostgresTestServer.startLocal();
        } catch (IOException e) {
            throw MissingServer.failOrSkip(
                    "DEMO POSTGRESQL", "PostgreSQL is missing (run scripts/postgres-deps.sh): " + e.getMessage(), e);
        }
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void postgresStore_twoInstancesOnAnEmptyDatabase_shareTheSessionAndShowAMessageOnce() throws Exception {
        String database = postgres.newDatabase();
        String secret = randomSecret();
        try (DemoServer a = DemoServer.start("FLASHKIT_STORE", database, "FLASHKIT_SECRET", secret);
                DemoServer b = DemoServer.start("FLASHKIT_STORE", database, "FLASHKIT_SECRET", secret)) {
            HttpUser onA = new HttpUser(a);
            onA.get("/set-session");
            onA.post("/submit_item", Map.of("item_name", "tea"));
            HttpUser onB = new HttpUser(b);
            onB.copyCookiesFrom(onA, a);
            HttpUser staleOnA = new HttpUser(a); // a second tab whose request raced the first one
            staleOnA.copyCookiesFrom(onA, a);

            assertThat(onB.get("/get-session").body()).isEqualTo("{\"key\":\"value\"}");
            assertThat(Shown.in(onB.get("/submit_item").body()))
                    .containsExactly(new Shown("success", "Item 'tea' added successfully!"));
            assertThat(Shown.in(staleOnA.get("/submit_item").body())).isEmpty();
            assertThat(onB.get("/debug/session").body()).contains("JdbcSessionStore");
        }
    }

    @Test
    void postgresStore_databaseDownAtStartup_answers503UntilItIsUp() throws Exception {
        postgres.stop();
        String secret = randomSecret();
        try (DemoServer demo = DemoServer.start("FLASHKIT_STORE", postgres.uri(), "FLASHKIT_SECRET", secret)) {
            HttpUser user = new HttpUser(demo);

            HttpResponse<String> down = user.get("/set-session");

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(down.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(user.get("/").statusCode())
                    .as("pages without a session still work")
                    .isEqualTo(200);

            postgres.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int status;
            do {
                status = user.get("/set-session").statusCode();
                if (status != 200) {
                    Thread.sleep(100);
                }
            } while (status != 200 && System.nanoTime() < deadline);
            assertThat(status).as("served once the database is up").isEqualTo(200);
            assertThat(user.get("/get-session").body()).isEqualTo("{\"key\":\"value\"}");
        } finally {
            postgres.start();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
