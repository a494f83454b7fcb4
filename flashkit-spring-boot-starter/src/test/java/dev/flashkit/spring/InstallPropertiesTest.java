package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.spring.config.ConfigApplication;
import dev.flashkit.test.TestSecrets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * The two properties files of docs/spring-boot.md's "Install" do what the page says, read by Spring Boot as an
 * application's own {@code application.properties} and {@code application-production.properties}: copied as they
 * are, the application starts in development (random key, a warning) and refuses to start in production (the
 * {@code production} profile) until FLASHKIT_SECRET is set.
 */
@ExtendWith(OutputCaptureExtension.class)
class InstallPropertiesTest {
    private static final Path PROPERTIES = Path.of("src/test/resources/install/application.properties");
    private static final Path PRODUCTION = Path.of("src/test/resources/install/application-production.properties");

    /** The documented files, in place of the application's own (classpath:/install/ instead of classpath:/). */
    private static final String DOCUMENTED_FILES = "spring.config.location=classpath:/install/";

    /** Where the warnings say the secret came from: line 3 here, line 2 in a copy without the marker line. */
    private static final String ORIGIN =
            "flashkit.secret (class path resource [install/application.properties] - 3:17)";

    @Test
    void documentedFiles_developmentWithoutSecret_startsOnADevelopmentKeyAndWarns(CapturedOutput output) {
        try (ConfigurableApplicationContext app =
                ConfigApplication.with(Map.of()).properties(DOCUMENTED_FILES).run()) {
            FlashkitConfig config = app.getBean(Flashkit.class).config();

            assertThat(config.isProduction()).isFalse();
            assertThat(config.usesDevelopmentKey()).isTrue();
        }
        assertThat(output.getAll())
                .contains("Flashkit: " + ORIGIN + " contains the placeholder ${FLASHKIT_SECRET}, but FLASHKIT_SECRET"
                        + " is not set");
    }

    @Test
    void documentedFiles_productionProfileWithoutSecret_refusesToStart() {
        assertThatThrownBy(() -> ConfigApplication.with(Map.of("SPRING_PROFILES_ACTIVE", "production"))
                        .properties(DOCUMENTED_FILES)
                        .run())
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .hasMessageStartingWith("FLASHKIT_SECRET (placeholder in flashkit.secret at class path"
                                + " resource [install/application.properties] - 3:17) is not set, and production"
                                + " mode requires a secret")
                        .hasMessageContaining("openssl rand -base64 32"));
    }

    @Test
    void documentedFiles_productionProfileWithSecret_runsInProductionOnThatSecret() {
        String secret = TestSecrets.random();
        try (ConfigurableApplicationContext app = ConfigApplication.with(
                        Map.of("SPRING_PROFILES_ACTIVE", "production", "FLASHKIT_SECRET", secret))
                .properties(DOCUMENTED_FILES)
                .run()) {
            FlashkitConfig config = app.getBean(Flashkit.class).config();

            assertThat(config.isProduction()).isTrue();
            assertThat(config.keyIds())
                    .isEqualTo(FlashkitConfig.builder().secret(secret).build().keyIds());
        }
    }

    @Test
    void docs_springBootPage_quotesTheTestedFiles() throws Exception {
        DocSnippets.assertDocShows(Path.of("../docs/spring-boot.md"), PROPERTIES, PRODUCTION);
    }
}
