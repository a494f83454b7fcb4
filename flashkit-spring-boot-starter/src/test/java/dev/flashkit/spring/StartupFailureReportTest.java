package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.spring.config.ConfigApplication;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A Flashkit misconfiguration stops a real application (embedded Tomcat) with Spring Boot's "APPLICATION FAILED
 * TO START" report — what is wrong, where it was set, what to do — instead of a stack trace whose first line is
 * "Unable to start web server" and whose useful line is the fifth "Caused by".
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTest {
    /** The report of a production start without a secret, as docs/spring-boot.md shows it. */
    private static final Path REPORT = Path.of("src/test/resources/settings/missing-secret-report.txt");

    @Test
    void run_productionWithoutSecret_reportsWhatIsMissingAndTheOpensslCommand(CapturedOutput output) throws Exception {
        assertThatThrownBy(() -> ConfigApplication.with(Map.of("FLASHKIT_ENV", "production"))
                        .run())
                .isNotNull();

        assertThat(report(output)).startsWith(DocSnippets.snippet(REPORT));
        assertNoStackTrace(output);
        assertThat(output.getAll())
                .as("stopped before the web server, by the real reason")
                .doesNotContain("Unable to start web server")
                .doesNotContain("Error starting Tomcat context");
    }

    @Test
    void docs_springBootPage_showsTheTestedReport() throws Exception {
        DocSnippets.assertDocShows(Path.of("../docs/spring-boot.md"), REPORT);
    }

    @Test
    void run_ownFlashkitBeanOutsideProduction_reportsTheBeanAndTheCustomizerAdvice(CapturedOutput output) {
        assertThatThrownBy(() -> ConfigApplication.with(
                                Map.of("FLASHKIT_ENV", "production"), OwnFlashkitBeanTest.DevelopmentBean.class)
                        .run())
                .isNotNull();

        assertThat(report(output))
                .contains("FLASHKIT_ENV (environment variable) asks for production mode, but the Flashkit bean"
                        + " 'ownFlashkit' is not in production mode and uses a random development key")
                .contains("declare a FlashkitConfigCustomizer bean instead")
                .contains("production(true)");
        assertNoStackTrace(output);
    }

    @Test
    void run_invalidEnv_reportsTheValueAndWhereItWasSet(CapturedOutput output) {
        assertThatThrownBy(() -> ConfigApplication.with(Map.of("FLASHKIT_ENV", "staging"))
                        .run())
                .isNotNull();

        assertThat(report(output))
                .contains("FLASHKIT_ENV (environment variable) must be 'development' or 'production', not 'staging'")
                .contains("Set flashkit.env (or the FLASHKIT_ENV environment variable) to development or production");
        assertNoStackTrace(output);
    }

    @Test
    void run_invalidCookieSetting_reportsThePropertyAndWhereItWasSet(CapturedOutput output) {
        assertThatThrownBy(() -> ConfigApplication.with(Map.of())
                        .properties("flashkit.cookie.path=shop")
                        .run())
                .isNotNull();

        assertThat(report(output))
                .contains("Flashkit's configuration is invalid: cookiePath must start with '/'")
                .contains("flashkit.cookie.path (property source \"defaultProperties\")")
                .contains("Correct flashkit.cookie.path");
        assertNoStackTrace(output);
    }

    /** The failure report, from its banner on. */
    private static String report(CapturedOutput output) {
        String all = output.getAll();
        int banner = all.indexOf("***************************\nAPPLICATION FAILED TO START");
        assertThat(banner).as("the failure report in:%n%s", all).isNotNegative();
        return all.substring(banner);
    }

    /** Nothing before or after the report is a stack trace (Spring Boot prints one only when no analyzer answers). */
    private static void assertNoStackTrace(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain("Caused by:").doesNotContain("\tat org.springframework");
        assertThat(output.getAll()).doesNotContain("Application run failed");
    }
}
