package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.jdbc.JdbcSessionStore;
import dev.flashkit.jdbc.PostgresTestServer;
import dev.flashkit.spring.scenario.ScenarioApplication;
import dev.flashkit.storetests.MissingServer;
import dev.flashkit.test.TestSecrets;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code flashkit.session.store=jdbc} keeps sessions and flash messages in the application's DataSource: a real
 * PostgreSQL (flashkit-jdbc's throwaway cluster) behind embedded Tomcat.
 */
class SpringJdbcStoreTest {
    private static PostgresTestServer postgres;
    private static String jdbcUrl;
    private static ConfigurableApplicationContext app;

    /** The application's own DataSource, as spring-boot-starter-jdbc would give it. */
    @Configuration(proxyBeanMethods = false)
    static class DataSourceConfig {
        @Bean(destroyMethod = "close")
        HikariDataSource dataSource() {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(jdbcUrl);
            return dataSource;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        try {
            postgres = PostgresTestServer.startLocal();
        } catch (IOException e) {
            throw MissingServer.failOrSkip(
                    "SPRING POSTGRESQL", "PostgreSQL is missing (run scripts/postgres-deps.sh): " + e.getMessage(), e);
        }
        jdbcUrl = postgres.jdbcUrl();
        app = new SpringApplicationBuilder(ScenarioApplication.class, DataSourceConfig.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        SpringScenarioTest.NO_SECURITY)
                .properties(
                        "flashkit.secret=" + TestSecrets.random(),
                        "flashkit.session.store=jdbc",
                        "flashkit.session.jdbc.create-schema=true",
                        "flashkit.session.jdbc.table-prefix=spring_")
                .run();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void jdbcStore_postRedirectGet_sessionAndMessageLiveInTheDatabase() throws Exception {
        Browser browser = new Browser(SpringScenarioTest.uri(app));

        Browser.Page post = browser.post("/session?key=cart&value=3");
        browser.post("/items?name=tea");
        Browser.Page page = browser.get("/items");
        Browser.Page reload = browser.get("/items");

        assertThat(app.getBean(JdbcSessionStore.class)).isNotNull();
        assertThat(post.setCookie("flashkit_session").value()).hasSizeLessThan(64); // an id, not sealed data
        assertThat(browser.get("/session").body()).contains("cart=3");
        assertThat(page.body()).contains("success|success|Item 'tea' added");
        assertThat(reload.body()).doesNotContain("Item 'tea' added");
        assertThat(rows("spring_sessions")).isEqualTo(1);
        assertThat(rows("spring_session_attributes")).isPositive();
    }

    @Test
    void jdbcStore_withoutADataSource_failsNamingWhatIsMissing() {
        SpringApplicationBuilder noDataSource = new SpringApplicationBuilder(ScenarioApplication.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        SpringScenarioTest.NO_SECURITY)
                .properties("flashkit.secret=" + TestSecrets.random(), "flashkit.session.store=jdbc");

        assertThatThrownBy(noDataSource::run)
                .hasRootCauseMessage("flashkit.session.store=jdbc needs dev.flashkit:flashkit-jdbc on the classpath"
                        + " and a DataSource bean (e.g. from spring-boot-starter-jdbc)");
    }

    private static long rows(String table) throws Exception {
        DataSource dataSource = app.getBean(DataSource.class);
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
