package dev.flashkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentSettingsTest {
    private final String secret = FlashkitConfigTest.randomSecret();

    @Test
    void fromEnvironment_everyVariable_reachesTheConfig() {
        FlashkitConfig config = FlashkitConfig.fromEnvironment(Map.of(
                        "FLASHKIT_ENV", "production",
                        "FLASHKIT_SECRET", secret,
                        "FLASHKIT_SECRET_FALLBACKS",
                                FlashkitConfigTest.randomSecret() + ", " + FlashkitConfigTest.randomSecret(),
                        "FLASHKIT_SESSION_COOKIE_NAME", "sid",
                        "FLASHKIT_SESSION_MAX_AGE", "PT8H",
                        "FLASHKIT_SESSION_IDLE_TIMEOUT", "1800",
                        "FLASHKIT_COOKIE_SECURE", "always",
                        "FLASHKIT_COOKIE_SAMESITE", "Strict",
                        "FLASHKIT_COOKIE_HOST_PREFIX", "true"))
                .build();

        assertThat(config.isProduction()).isTrue();
        assertThat(config.keyIds()).hasSize(3);
        assertThat(config.sessionCookieName()).isEqualTo("__Host-sid");
        assertThat(config.sessionMaxAge()).isEqualTo(Duration.ofHours(8));
        assertThat(config.sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.cookieSecurity()).isEqualTo(CookieSecurity.ALWAYS);
        assertThat(config.sameSite()).isEqualTo(SameSite.STRICT);
        assertThat(config.hostPrefix()).isTrue();
    }

    @Test
    void fromEnvironment_cookieDomainAndPath_areApplied() {
        FlashkitConfig config = FlashkitConfig.fromEnvironment(Map.of(
                        "FLASHKIT_SECRET", secret,
                        "FLASHKIT_COOKIE_DOMAIN", "example.com",
                        "FLASHKIT_COOKIE_PATH", "/app"))
                .build();

        assertThat(config.cookieDomain()).isEqualTo("example.com");
        assertThat(config.cookiePath()).isEqualTo("/app");
    }

    @Test
    void fromEnvironment_nothingSet_isDevelopmentWithRandomKey() {
        FlashkitConfig config = FlashkitConfig.fromEnvironment(Map.of()).build();

        assertThat(config.isProduction()).isFalse();
        assertThat(config.usesDevelopmentKey()).isTrue();
    }

    @Test
    void fromEnvironment_productionWithoutSecret_failsNamingTheVariable() {
        assertThatThrownBy(() -> FlashkitConfig.fromEnvironment(Map.of("FLASHKIT_ENV", "production"))
                        .build())
                .isInstanceOf(FlashkitException.class)
                .hasMessageContaining("FLASHKIT_SECRET")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void fromEnvironment_badValues_throwIllegalArgumentNamingTheVariable() {
        assertThatThrownBy(() -> FlashkitConfig.fromEnvironment(Map.of("FLASHKIT_ENV", "staging")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("FLASHKIT_ENV must be 'development' or 'production', not 'staging'");
        assertThatThrownBy(() -> FlashkitConfig.fromEnvironment(Map.of("FLASHKIT_SESSION_MAX_AGE", "soon")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FLASHKIT_SESSION_MAX_AGE must be seconds or an ISO-8601 duration");
        assertThatThrownBy(() -> FlashkitConfig.fromEnvironment(Map.of("FLASHKIT_COOKIE_HOST_PREFIX", "maybe")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("FLASHKIT_COOKIE_HOST_PREFIX must be true or false, not 'maybe'");
        assertThatThrownBy(() -> FlashkitConfig.fromEnvironment(Map.of("FLASHKIT_COOKIE_SAMESITE", "sometimes")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("FLASHKIT_COOKIE_SAMESITE must be one of");
    }

    @Test
    void fromEnvironment_systemProperties_areRead() {
        System.setProperty("FLASHKIT_SESSION_COOKIE_NAME", "from_property");
        System.setProperty("flashkit.session.max.age", "120");
        try {
            FlashkitConfig config =
                    FlashkitConfig.fromEnvironment().secret(secret).build();

            assertThat(config.sessionCookieName()).isEqualTo("from_property");
            assertThat(config.sessionMaxAge()).isEqualTo(Duration.ofMinutes(2));
        } finally {
            System.clearProperty("FLASHKIT_SESSION_COOKIE_NAME");
            System.clearProperty("flashkit.session.max.age");
        }
    }
}
