package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.spring.config.ConfigApplication;
import dev.flashkit.test.TestSecrets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * The documented {@code flashkit.secret=${FLASHKIT_SECRET}} with FLASHKIT_SECRET unset is no secret — Spring binds
 * the literal placeholder, which must never become the key — and every message about the secret names where it
 * came from: the property and its file, or the environment variable. Real applications on embedded Tomcat, with
 * made-up environment variables.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretSourceTest {
    /** The documented line, {@code flashkit.secret=${FLASHKIT_SECRET}}, at line 2 of this file. */
    private static final String PLACEHOLDER_FILE =
            "spring.config.import=classpath:settings/secret-placeholder.properties";

    private static final String PLACEHOLDER_ORIGIN = "class path resource [settings/secret-placeholder.properties]";

    @Test
    void secret_unresolvedPlaceholderInDevelopment_usesDevelopmentKeyAndWarnsNamingPropertyAndVariable(
            CapturedOutput output) {
        try (ConfigurableApplicationContext app =
                ConfigApplication.with(Map.of()).properties(PLACEHOLDER_FILE).run()) {
            assertThat(app.getBean(Flashkit.class).config().usesDevelopmentKey())
                    .isTrue();
        }
        assertThat(output.getAll())
                .contains("Flashkit: flashkit.secret (" + PLACEHOLDER_ORIGIN)
                .contains("contains the placeholder ${FLASHKIT_SECRET}, but FLASHKIT_SECRET is not set: Flashkit"
                        + " treats this as no secret.");
    }

    @Test
    void secret_unresolvedPlaceholderInProduction_refusesNamingVariableAndProperty() {
        assertThatThrownBy(() -> ConfigApplication.with(Map.of("FLASHKIT_ENV", "production"))
                        .properties(PLACEHOLDER_FILE)
                        .run())
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .hasMessageStartingWith(
                                "FLASHKIT_SECRET (placeholder in flashkit.secret at " + PLACEHOLDER_ORIGIN)
                        .hasMessageContaining("is not set, and production mode requires a secret")
                        .hasMessageContaining("openssl rand -base64 32"));
    }

    @Test
    void secret_placeholderResolvedFromTheVariable_isTheKey() {
        String secret = TestSecrets.random();
        try (ConfigurableApplicationContext app = ConfigApplication.with(
                        Map.of("FLASHKIT_ENV", "production", "FLASHKIT_SECRET", secret))
                .properties(PLACEHOLDER_FILE)
                .run()) {
            assertThat(app.getBean(Flashkit.class).config().keyIds())
                    .isEqualTo(FlashkitConfig.builder().secret(secret).build().keyIds());
        }
    }

    @Test
    void secret_unresolvedPlaceholderInTheVariableInDevelopment_usesDevelopmentKeyAndWarnsNamingTheVariable(
            CapturedOutput output) {
        try (ConfigurableApplicationContext app = ConfigApplication.with(
                        Map.of("FLASHKIT_SECRET", "${VAULT_FLASHKIT_SECRET}"))
                .run()) {
            assertThat(app.getBean(Flashkit.class).config().usesDevelopmentKey())
                    .isTrue();
        }
        assertThat(output.getAll())
                .contains("Flashkit: FLASHKIT_SECRET (environment variable) contains the placeholder"
                        + " ${VAULT_FLASHKIT_SECRET}, but VAULT_FLASHKIT_SECRET is not set");
    }

    @Test
    void secret_weakVariableInProduction_refusesNamingTheVariable() {
        assertThatThrownBy(() -> ConfigApplication.with(
                                Map.of("FLASHKIT_ENV", "production", "FLASHKIT_SECRET", randomBase64(16)))
                        .run())
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .hasMessageStartingWith("FLASHKIT_SECRET (environment variable) is too weak for production:"
                                + " it has only 16 bytes"));
    }

    @Test
    void secret_weakPropertyInProduction_refusesNamingThePropertyWithoutItsValue() {
        String weak = randomBase64(16);

        assertThatThrownBy(() -> ConfigApplication.with(Map.of())
                        .properties("flashkit.env=production", "flashkit.secret=" + weak)
                        .run())
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .hasMessageStartingWith(
                                "flashkit.secret (property source \"defaultProperties\") is too weak for"
                                        + " production")
                        .hasMessageNotContaining(weak));
    }

    @Test
    void secretFallbacks_unresolvedPlaceholderInDevelopment_ignoresTheEntryWithAWarning(CapturedOutput output) {
        String secret = TestSecrets.random();
        try (ConfigurableApplicationContext app = ConfigApplication.with(Map.of())
                .properties("flashkit.secret=" + secret, "flashkit.secret-fallbacks=${OLD_FLASHKIT_SECRET}")
                .run()) {
            assertThat(app.getBean(Flashkit.class).config().keyIds())
                    .isEqualTo(FlashkitConfig.builder().secret(secret).build().keyIds());
        }
        assertThat(output.getAll())
                .contains("Flashkit: An entry of flashkit.secret-fallbacks (property source \"defaultProperties\")"
                        + " contains the placeholder ${OLD_FLASHKIT_SECRET}, but OLD_FLASHKIT_SECRET is not set."
                        + " The entry is ignored.");
    }

    @Test
    void secretFallbacks_unresolvedPlaceholderInProduction_refusesNamingPropertyAndVariable() {
        assertThatThrownBy(() -> ConfigApplication.with(
                                Map.of("FLASHKIT_ENV", "production", "FLASHKIT_SECRET", TestSecrets.random()))
                        .properties("flashkit.secret-fallbacks=${OLD_FLASHKIT_SECRET}")
                        .run())
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .hasMessageStartingWith("An entry of flashkit.secret-fallbacks (property source"
                                + " \"defaultProperties\") contains the placeholder ${OLD_FLASHKIT_SECRET}, but"
                                + " OLD_FLASHKIT_SECRET is not set.")
                        .hasMessageContaining("Set OLD_FLASHKIT_SECRET to that older secret"));
    }

    private static String randomBase64(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
