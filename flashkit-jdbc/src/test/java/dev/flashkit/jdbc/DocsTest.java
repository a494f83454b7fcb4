package dev.flashkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.flashkit.Flashkit;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.jdbc.example.PostgresSetup;
import dev.flashkit.test.TestBrowser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/postgres.md quotes the tested example and the shipped schema script character for character. */
@ExtendWith(PostgresExtension.class)
class DocsTest {
    private static final Path DOC = Path.of("../docs/postgres.md");
    private static final Path EXAMPLE = Path.of("src/test/java/dev/flashkit/jdbc/example/PostgresSetup.java");
    private static final Path SCHEMA =
            Path.of("src/main/resources/dev/flashkit/jdbc/postgresql/V1__flashkit_sessions.sql");

    @Test
    void postgresDoc_quickStartAndSchema_areTheTestedSources() throws Exception {
        DocSnippets.assertDocShows(DOC, EXAMPLE, SCHEMA);
    }

    @Test
    void postgresSetup_onAnEmptyDatabase_flashesOnceAfterARedirect(PostgresTestServer server) throws Exception {
        try (HikariDataSource dataSource = PostgresSetup.dataSource(server.jdbcUrl(), "flashkit", "")) {
            Flashkit flashkit = PostgresSetup.flashkit(dataSource);
            TestBrowser browser = new TestBrowser(flashkit);
            try {
                browser.post("/items", (ctx, ex) -> {
                    ctx.session().put("user", "ada");
                    ctx.messages().success("Saved");
                    ex.redirect("/items/3");
                });

                browser.get("/items/3", ctx -> {
                    assertThat(ctx.session().get("user")).isEqualTo("ada");
                    assertThat(ctx.messages().consume())
                            .extracting(m -> m.text().value())
                            .containsExactly("Saved");
                });
                browser.get(
                        "/items/3", ctx -> assertThat(ctx.messages().consume()).isEmpty());
            } finally {
                ((JdbcSessionStore) flashkit.sessionStore()).close();
            }
        }
    }
}
