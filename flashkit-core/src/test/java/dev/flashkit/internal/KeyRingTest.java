package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Key rotation order (the bug class of Flask CVE-2025-47278, where a fallback key signed new cookies): the
 * primary seals, fallbacks only open, and a removed key opens nothing.
 */
class KeyRingTest {
    private static final byte[] DATA = "{\"user\":\"ada\"}".getBytes(StandardCharsets.UTF_8);

    private static byte[] secret() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static SealedCodec codec(byte[]... secrets) {
        return new SealedCodec(KeyRing.of(List.of(secrets)), 4096);
    }

    private final byte[] oldKey = secret();
    private final byte[] newKey = secret();

    @Test
    void seal_withFallbacks_alwaysUsesThePrimary() {
        SealedCodec rotated = codec(newKey, oldKey);

        String value = rotated.seal("session", "sid", DATA);

        assertThat(codec(newKey).open("session", "sid", value)).isPresent();
        assertThat(codec(oldKey).open("session", "sid", value)).isEmpty();
        assertThat(rotated.open("session", "sid", value).orElseThrow().openedWithFallback())
                .isFalse();
    }

    @Test
    void open_cookieOfFallbackKey_opensAndIsFlaggedForReissue() {
        String oldCookie = codec(oldKey).seal("session", "sid", DATA);

        SealedCodec.Opened opened =
                codec(newKey, oldKey).open("session", "sid", oldCookie).orElseThrow();

        assertThat(opened.plaintext()).isEqualTo(DATA);
        assertThat(opened.openedWithFallback()).isTrue();
    }

    @Test
    void open_secondFallback_opensToo() {
        byte[] oldest = secret();
        String cookie = codec(oldest).seal("session", "sid", DATA);

        assertThat(codec(newKey, oldKey, oldest).open("session", "sid", cookie)).isPresent();
    }

    @Test
    void open_afterKeyRemovedFromRing_isEmpty() {
        String oldCookie = codec(oldKey).seal("session", "sid", DATA);

        assertThat(codec(newKey).open("session", "sid", oldCookie)).isEmpty();
    }

    @Test
    void key_perPurpose_isIndependent() {
        KeyRing ring = KeyRing.of(List.of(newKey));

        assertThat(ring.primaryKey("session").getEncoded())
                .hasSize(32)
                .isNotEqualTo(ring.primaryKey("messages").getEncoded())
                .isNotEqualTo(newKey);
    }

    @Test
    void of_noSecrets_throwsIllegalArgument() {
        assertThatThrownBy(() -> KeyRing.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_secretArrayChangedAfterwards_keepsItsCopy() {
        byte[] key = secret();
        KeyRing ring = KeyRing.of(List.of(key));
        String before = new SealedCodec(ring, 4096).seal("session", "sid", DATA);
        key[0] ^= 1;

        assertThat(new SealedCodec(ring, 4096).open("session", "sid", before)).isPresent();
    }

    @Test
    void toString_twoKeys_showsKeyIdsButNoKeyBytes() {
        KeyRing ring = KeyRing.of(List.of(newKey, oldKey));

        String text = ring.toString();

        assertThat(text).contains(ring.keyIds().get(0)).contains(ring.keyIds().get(1));
        for (byte[] key : List.of(
                newKey,
                oldKey,
                ring.primaryKey("session").getEncoded(),
                ring.key(1, "session").getEncoded())) {
            assertThat(text)
                    .doesNotContain(HexFormat.of().formatHex(key))
                    .doesNotContain(Base64.getEncoder().encodeToString(key))
                    .doesNotContain(HexFormat.of().formatHex(key, 0, 8));
        }
    }
}
