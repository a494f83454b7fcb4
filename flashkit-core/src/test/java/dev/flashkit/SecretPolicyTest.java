package dev.flashkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretPolicyTest {
    private static final byte[] DATA = "{}".getBytes(StandardCharsets.UTF_8);

    private static FlashkitConfig.Builder production() {
        return FlashkitConfig.builder().production(true);
    }

    @Test
    void build_productionWithoutSecret_failsNamingTheVariableAndTheCommand() {
        assertThatThrownBy(() -> production().build())
                .isInstanceOf(FlashkitException.class)
                .hasMessageContaining("FLASHKIT_SECRET is not set")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void build_productionWithShortSecret_failsNamingTheSize() {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);

        assertThatThrownBy(() -> production()
                        .secret(Base64.getEncoder().encodeToString(key))
                        .build())
                .isInstanceOf(FlashkitException.class)
                .hasMessageContaining("FLASHKIT_SECRET is too weak for production")
                .hasMessageContaining("only 16 bytes of key material")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "super-secret-key-that-should-be-randomly-generated-and-secure",
                "SUPER-SECRET-KEY-THAT-SHOULD-BE-RANDOMLY-GENERATED-AND-SECURE",
                "changeme",
                "keyboard cat",
                "please-change-me-before-going-to-production-0123456789",
                "0000000000000000000000000000000000000000000000000000000000000000",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
            })
    void build_productionWithKnownWeakSecret_failsNamingTheVariableAndTheCommand(String weak) {
        assertThatThrownBy(() -> production().secret(weak).build())
                .isInstanceOf(FlashkitException.class)
                .hasMessageContaining("FLASHKIT_SECRET is too weak for production")
                .hasMessageContaining("openssl rand -base64 32")
                .hasMessageNotContaining(weak);
    }

    @Test
    void build_productionWithWeakFallback_failsNamingFallbacks() {
        assertThatThrownBy(() -> production()
                        .secret(FlashkitConfigTest.randomSecret())
                        .fallbackSecrets(List.of("changeme"))
                        .build())
                .isInstanceOf(FlashkitException.class)
                .hasMessageContaining("FLASHKIT_SECRET_FALLBACKS");
    }

    @Test
    void build_productionWithoutSecretAndNamedSource_failsNamingThatSource() {
        assertThatThrownBy(() -> production()
                        .secretSources("flashkit.secret (application.properties - 2:17)", "flashkit.secret-fallbacks")
                        .build())
                .isInstanceOf(FlashkitException.class)
                .hasMessageStartingWith("flashkit.secret (application.properties - 2:17) is not set")
                .hasMessageContaining("openssl rand -base64 32")
                .hasMessageNotContaining("FLASHKIT_SECRET");
    }

    @Test
    void build_productionWithWeakSecretsAndNamedSources_failsNamingThoseSources() {
        String weak = "changeme";

        assertThatThrownBy(() -> production()
                        .secret(weak)
                        .secretSources("the setting app.key", "the setting app.old-keys")
                        .build())
                .hasMessageStartingWith("the setting app.key is too weak for production")
                .hasMessageNotContaining(weak);
        assertThatThrownBy(() -> production()
                        .secret(FlashkitConfigTest.randomSecret())
                        .fallbackSecrets(List.of(weak))
                        .secretSources("the setting app.key", "the setting app.old-keys")
                        .build())
                .hasMessageStartingWith("An entry of the setting app.old-keys is too weak for production")
                .hasMessageNotContaining(weak);
    }

    @Test
    void secretSources_blank_failsNamingTheArgument() {
        assertThatThrownBy(() -> FlashkitConfig.builder().secretSources(" ", "FLASHKIT_SECRET_FALLBACKS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret source must not be blank");
    }

    @Test
    void build_productionWithStrongBase64OrHexSecret_succeeds() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);

        FlashkitConfig base64 =
                production().secret(Base64.getEncoder().encodeToString(key)).build();
        FlashkitConfig base64Url = production()
                .secret(Base64.getUrlEncoder().withoutPadding().encodeToString(key))
                .build();
        FlashkitConfig hex = production().secret(HexFormat.of().formatHex(key)).build();

        assertThat(base64.isProduction()).isTrue();
        assertThat(base64.usesDevelopmentKey()).isFalse();
        assertThat(base64Url.keyIds()).isEqualTo(base64.keyIds());
        assertThat(hex.keyIds()).isEqualTo(base64.keyIds());
    }

    @Test
    void build_developmentWithoutSecret_usesOneRandomKeyPerProcess() {
        FlashkitConfig first = FlashkitConfig.builder().build();
        FlashkitConfig second = FlashkitConfig.builder().build();

        String sealed = first.codec().seal("session", "sid", DATA);

        assertThat(first.usesDevelopmentKey()).isTrue();
        assertThat(second.codec().open("session", "sid", sealed)).isPresent();
        assertThat(FlashkitConfig.builder()
                        .secret(FlashkitConfigTest.randomSecret())
                        .build()
                        .codec()
                        .open("session", "sid", sealed))
                .isEmpty();
    }

    @Test
    void build_developmentWithWeakSecret_isAllowed() {
        FlashkitConfig config = FlashkitConfig.builder().secret("changeme").build();

        assertThat(config.usesDevelopmentKey()).isFalse();
        assertThat(config.codec().open("session", "sid", config.codec().seal("session", "sid", DATA)))
                .isPresent();
    }
}
