package dev.flashkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.internal.Secrets;
import dev.flashkit.messages.Level;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FlashkitConfigTest {
    static String randomSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final String secret = randomSecret();

    private FlashkitConfig.Builder builder() {
        return FlashkitConfig.builder().secret(secret);
    }

    private static void assertIllegalArgument(Executable call, String message) {
        assertThatThrownBy(call::execute)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void build_defaults_matchTheDocumentedOnes() {
        FlashkitConfig config = builder().build();

        assertThat(config.isProduction()).isFalse();
        assertThat(config.usesDevelopmentKey()).isFalse();
        assertThat(config.sessionCookieName()).isEqualTo("flashkit_session");
        assertThat(config.cookiePath()).isEqualTo("/");
        assertThat(config.cookieDomain()).isNull();
        assertThat(config.sameSite()).isEqualTo(SameSite.LAX);
        assertThat(config.cookieSecurity()).isEqualTo(CookieSecurity.AUTO);
        assertThat(config.hostPrefix()).isFalse();
        assertThat(config.sessionMaxAge()).isEqualTo(Duration.ofDays(14));
        assertThat(config.sessionIdleTimeout()).isNull();
        assertThat(config.clockSkew()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.keyIds()).hasSize(1);
    }

    @Test
    void setters_blankValues_throwMustNotBeBlank() {
        assertIllegalArgument(() -> FlashkitConfig.builder().secret(null), "secret must not be blank");
        assertIllegalArgument(() -> FlashkitConfig.builder().secret("  "), "secret must not be blank");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().sessionCookieName(""), "sessionCookieName must not be blank");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().sessionCookieName(null), "sessionCookieName must not be blank");
        assertIllegalArgument(() -> FlashkitConfig.builder().cookiePath(" "), "cookiePath must not be blank");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().fallbackSecrets(List.of(randomSecret(), "")),
                "fallbackSecrets entry must not be blank");
    }

    @Test
    void setters_badValues_throwIllegalArgumentNamingTheSetting() {
        assertIllegalArgument(
                () -> FlashkitConfig.builder().sessionCookieName("my session"),
                "sessionCookieName must be a cookie token (letters, digits, !#$%&'*+-.^_`|~)");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().sessionCookieName("a;b"),
                "sessionCookieName must be a cookie token (letters, digits, !#$%&'*+-.^_`|~)");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().sessionCookieName("__Host-sid"),
                "sessionCookieName must not start with __Host- or __Secure-; use hostPrefix(true) instead");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().sessionCookieName("__secure-sid"),
                "sessionCookieName must not start with __Host- or __Secure-; use hostPrefix(true) instead");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().cookiePath("app"),
                "cookiePath must start with '/' and contain no ';' or spaces");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().cookiePath("/a;Domain=evil.com"),
                "cookiePath must start with '/' and contain no ';' or spaces");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().cookieDomain("example.com; Secure"),
                "cookieDomain must be a host name, e.g. example.com");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().sessionMaxAge(Duration.ZERO), "sessionMaxAge must be positive");
        assertIllegalArgument(() -> FlashkitConfig.builder().sessionMaxAge(null), "sessionMaxAge must be positive");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().sessionIdleTimeout(Duration.ofSeconds(-1)),
                "sessionIdleTimeout must be positive");
        assertIllegalArgument(
                () -> FlashkitConfig.builder().clockSkew(Duration.ofSeconds(-1)), "clockSkew must not be negative");
    }

    @Test
    void build_conflictingSettings_throwIllegalState() {
        assertThatThrownBy(() ->
                        builder().hostPrefix(true).cookieDomain("example.com").build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hostPrefix requires");
        assertThatThrownBy(() -> builder().hostPrefix(true).cookiePath("/app").build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hostPrefix requires");
        assertThatThrownBy(() -> builder()
                        .hostPrefix(true)
                        .cookieSecurity(CookieSecurity.NEVER)
                        .build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hostPrefix requires");
        assertThatThrownBy(() -> builder()
                        .production(true)
                        .cookieSecurity(CookieSecurity.NEVER)
                        .build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("cookieSecurity NEVER is not allowed in production");
        assertThatThrownBy(() -> builder()
                        .sameSite(SameSite.NONE)
                        .cookieSecurity(CookieSecurity.NEVER)
                        .build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("sameSite NONE requires Secure cookies (cookieSecurity AUTO or ALWAYS)");
        assertThatThrownBy(() -> builder()
                        .sessionMaxAge(Duration.ofHours(1))
                        .sessionIdleTimeout(Duration.ofHours(2))
                        .build())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("sessionIdleTimeout must not exceed sessionMaxAge");
    }

    @Test
    void hostPrefix_enabled_prefixesTheCookieNameAndForcesSecure() {
        FlashkitConfig config = builder().hostPrefix(true).build();

        assertThat(config.sessionCookieName()).isEqualTo("__Host-flashkit_session");
        assertThat(config.cookieAttributes(false).secure()).isTrue();
    }

    @Test
    void cookieAttributes_auto_secureOnHttpsOnlyOutsideProduction() {
        FlashkitConfig config = builder().build();

        assertThat(config.cookieAttributes(true).secure()).isTrue();
        assertThat(config.cookieAttributes(false).secure()).isFalse();
        assertThat(config.cookieAttributes(false).httpOnly()).isTrue();
        assertThat(config.cookieAttributes(false).sameSite()).isEqualTo("Lax");
        assertThat(config.cookieAttributes(false).path()).isEqualTo("/");
    }

    @Test
    void cookieAttributes_production_alwaysSecure() {
        FlashkitConfig config = builder().production(true).build();

        assertThat(config.cookieAttributes(false).secure()).isTrue();
    }

    @Test
    void cookieAttributes_explicitSettings_areHonoured() {
        assertThat(builder()
                        .cookieSecurity(CookieSecurity.ALWAYS)
                        .build()
                        .cookieAttributes(false)
                        .secure())
                .isTrue();
        assertThat(builder()
                        .cookieSecurity(CookieSecurity.NEVER)
                        .build()
                        .cookieAttributes(true)
                        .secure())
                .isFalse();
        assertThat(builder()
                        .sameSite(SameSite.NONE)
                        .build()
                        .cookieAttributes(false)
                        .secure())
                .isTrue();
        assertThat(builder()
                        .sameSite(SameSite.STRICT)
                        .build()
                        .cookieAttributes(false)
                        .sameSite())
                .isEqualTo("Strict");
    }

    @Test
    void toString_configBuilderOrFlashkit_neverShowsSecretsOrKeyBytes() {
        String fallback = randomSecret();
        FlashkitConfig.Builder builder = builder().fallbackSecrets(List.of(fallback));
        FlashkitConfig config = builder.build();

        for (String text : List.of(
                config.toString(), builder.toString(), Flashkit.create(config).toString())) {
            for (String s : List.of(secret, fallback)) {
                assertThat(text)
                        .doesNotContain(s)
                        .doesNotContain(s.substring(0, 12))
                        .doesNotContain(
                                HexFormat.of().formatHex(Secrets.decode(s)).substring(0, 16));
            }
        }
        assertThat(config.toString()).contains(config.keyIds().get(0));
    }

    @Test
    void messageLevels_customLevelWithATagOrAsMinimum_becomeTemplateConstants() {
        Level notice = Level.of(22, "notice");
        FlashkitConfig config = builder()
                .messageTag(notice, "primary")
                .messageLevel(Level.of(15, "trace"))
                .build();

        assertThat(config.messages().levels())
                .containsEntry("ERROR", 40)
                .containsEntry("NOTICE", 22)
                .containsEntry("TRACE", 15)
                .hasSize(7);
    }
}
