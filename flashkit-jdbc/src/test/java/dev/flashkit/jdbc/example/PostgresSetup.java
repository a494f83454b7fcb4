package dev.flashkit.jdbc.example;

// tag::docs[]
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.jdbc.JdbcSessionStore;
import java.time.Duration;
import javax.sql.DataSource;

public final class PostgresSetup {

    /** The application's pool: HikariCP, bounded like the store's statements. */
    public static HikariDataSource dataSource(String jdbcUrl, String user, String password) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl); // jdbc:postgresql://db.internal:5432/app
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setConnectionTimeout(2_000); // wait for a connection no longer than a statement may take
        pool.setInitializationFailTimeout(-1); // start while the database is down: 503s until it is up
        return new HikariDataSource(pool);
    }

    /** Sessions and flash messages in PostgreSQL. */
    public static Flashkit flashkit(DataSource dataSource) {
        JdbcSessionStore store = JdbcSessionStore.builder(dataSource)
                .createSchema(true) // or run store.schemaSql() with your migrations
                .timeout(Duration.ofSeconds(2)) // per statement; default 2 s
                .build();
        return Flashkit.create(FlashkitConfig.fromEnvironment()
                .sessionStore(store)
                .messageStorage(store.messageStorage()) // flash messages shown exactly once
                .build());
    }
}
// end::docs[]
