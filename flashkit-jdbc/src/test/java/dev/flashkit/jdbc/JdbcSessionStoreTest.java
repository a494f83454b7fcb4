package dev.flashkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the PostgreSQL store adds to the contract: hashed ids, the schema script, the cleanup, the builder. */
@ExtendWith(PostgresExtension.class)
class JdbcSessionStoreTest {
    private static final Duration TTL = Duration.ofMinutes(30);

    private TestStores stores;
    private HikariDataSource dataSource;

    @BeforeEach
    void start(PostgresTestServer server) {
        stores = new TestStores(server);
        dataSource = stores.dataSource(TestStores.RELAXED);
    }

    @AfterEach
    void stop() {
        stores.close();
    }

    private static String create(JdbcSessionStore store, Map<String, Object> attributes, Duration ttl) {
        Instant now = Instant.now();
        SessionData data = new SessionData(store.newId(null), 0, now, now, attributes, false);
        return store.save(data, new SessionChanges(true, null, false, attributes, Set.of()), ttl)
                .orElseThrow();
    }

    @Test
    void save_newSession_storesOnlyTheSha256OfTheId() throws Exception {
        JdbcSessionStore store = stores.store(stores.builder(dataSource));
        String id = create(store, Map.of("user", "ada"), TTL);

        List<String> everything = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            for (String table : List.of("sessions", "session_attributes", "flash_messages")) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + stores.prefix() + table)) {
                    while (rs.next()) {
                        for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                            everything.add(String.valueOf(rs.getObject(col)));
                        }
                    }
                }
            }
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT count(*) FROM " + stores.prefix() + "sessions WHERE id_hash = ?")) {
                ps.setBytes(1, MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(1);
                }
            }
        }
        assertThat(everything).isNotEmpty().noneMatch(value -> value.contains(id));
    }

    @Test
    void createSchema_twiceOnOneDatabase_changesNothingTheSecondTime() {
        JdbcSessionStore first = stores.store(stores.builder(dataSource));
        String id = create(first, Map.of("user", "ada"), TTL);

        JdbcSessionStore second = stores.store(stores.builder(dataSource));

        assertThat(second.load(id))
                .hasValueSatisfying(s -> assertThat(s.attributes()).containsEntry("user", "ada"));
        assertThat(second.schemaSql())
                .contains("CREATE TABLE IF NOT EXISTS " + stores.prefix() + "sessions")
                .doesNotContain("flashkit_");
    }

    @Test
    void load_withoutCreateSchemaOnAnEmptyDatabase_failsAsStoreUnavailable() {
        JdbcSessionStore store = stores.store(stores.builder(dataSource).createSchema(false));

        assertThatThrownBy(() -> store.load(store.newId(null)))
                .isInstanceOf(dev.flashkit.session.SessionStoreException.class)
                .hasMessageContaining("42P01"); // undefined_table: run the schema script
    }

    @Test
    void deleteExpired_expiredAndLiveSessions_deletesOnlyTheExpiredInBatches() throws Exception {
        JdbcSessionStore store = stores.store(stores.builder(dataSource).cleanupBatchSize(10));
        List<String> live = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            create(store, Map.of("n", (long) i), Duration.ofMillis(1));
        }
        for (int i = 0; i < 3; i++) {
            live.add(create(store, Map.of("n", (long) i), TTL));
        }
        Thread.sleep(50);

        int deleted = store.deleteExpired();

        assertThat(deleted).isEqualTo(25);
        assertThat(live).allSatisfy(id -> assertThat(store.load(id)).isPresent());
        assertThat(count("sessions")).isEqualTo(3);
        assertThat(count("session_attributes"))
                .as("attributes go with their session")
                .isEqualTo(3);
        assertThat(store.deleteExpired()).isZero();
    }

    @Test
    void save_bigNumbersNestedValuesAndNull_loadBackEqual() {
        JdbcSessionStore store = stores.store(stores.builder(dataSource));
        Map<String, Object> attributes = new java.util.LinkedHashMap<>();
        attributes.put("big", new java.math.BigInteger("123456789012345678901234567890"));
        attributes.put("exact", new java.math.BigDecimal("0.1000000000000000000001"));
        attributes.put("nested", Map.of("list", List.of(1L, Map.of("deep", List.of(true, "x")))));
        attributes.put("nothing", null);
        attributes.put("text", "quote \" backslash \\ ünïcödé \u2028");

        String id = create(store, attributes, TTL);

        assertThat(store.load(id).orElseThrow().attributes()).isEqualTo(attributes);
    }

    @Test
    void save_stringOverOneMebibyte_loadsBackWhole() {
        JdbcSessionStore store = stores.store(stores.builder(dataSource));
        String draft = "x".repeat((1 << 20) + 100);

        String id = create(store, Map.of("draft", draft), TTL);

        assertThat(store.load(id).orElseThrow().attributes()).containsEntry("draft", draft);
    }

    @Test
    void messageStorage_withAnotherSessionStore_failsSayingWhatToInstall() {
        JdbcSessionStore store = stores.store(stores.builder(dataSource));
        dev.flashkit.Flashkit flashkit = dev.flashkit.Flashkit.create(dev.flashkit.FlashkitConfig.builder()
                .secret(dev.flashkit.test.TestSecrets.random())
                .messageStorage(store.messageStorage())
                .build());
        dev.flashkit.test.TestBrowser browser = new dev.flashkit.test.TestBrowser(flashkit);

        assertThatThrownBy(() -> browser.get("/", ctx -> store.messageStorage().load(ctx.scope())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(".sessionStore(store).messageStorage(store.messageStorage())");
    }

    @Test
    void builder_badSettings_areRefusedWithTheRule() {
        JdbcSessionStore.Builder builder = JdbcSessionStore.builder(dataSource);

        assertThatThrownBy(() -> builder.tablePrefix("app.sessions; drop"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a-z_][a-z0-9_]{0,39}");
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> builder.cleanupBatchSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    private long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + stores.prefix() + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
