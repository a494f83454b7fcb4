package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealedCodecTest {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
    private static final byte[] PLAINTEXT = "{\"user\":\"ada\",\"cart\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);

    private static byte[] secret() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private final byte[] primary = secret();
    private final SealedCodec codec = new SealedCodec(KeyRing.of(List.of(primary)), 4096);

    private String sealed() {
        return codec.seal("session", "sid", PLAINTEXT);
    }

    @Test
    void seal_thenOpen_returnsPlaintextWithPrimary() {
        SealedCodec.Opened opened = codec.open("session", "sid", sealed()).orElseThrow();

        assertThat(opened.plaintext()).isEqualTo(PLAINTEXT);
        assertThat(opened.openedWithFallback()).isFalse();
    }

    @Test
    void seal_layout_isVersionKeyIdNonceCiphertextTag() {
        byte[] raw = UNB64.decode(sealed());

        assertThat(raw).hasSize(1 + 4 + 12 + PLAINTEXT.length + 16);
        assertThat(raw[0]).isEqualTo(SealedCodec.VERSION);
        assertThat(HexFormat.of().formatHex(raw, 1, 5))
                .isEqualTo(KeyRing.of(List.of(primary)).keyIds().get(0));
        assertThat(sealed().length()).isEqualTo(SealedCodec.sealedLength(PLAINTEXT.length));
    }

    @Test
    void seal_twice_usesFreshNonces() {
        byte[] a = UNB64.decode(sealed());
        byte[] b = UNB64.decode(sealed());

        assertThat(java.util.Arrays.copyOfRange(a, 5, 17)).isNotEqualTo(java.util.Arrays.copyOfRange(b, 5, 17));
    }

    @Test
    void open_everyDecodedByteFlipped_isEmpty() {
        byte[] raw = UNB64.decode(sealed());
        for (int i = 0; i < raw.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = raw.clone();
                tampered[i] ^= (byte) (1 << bit);
                assertThat(codec.open("session", "sid", B64.encodeToString(tampered)))
                        .as("byte %d bit %d", i, bit)
                        .isEmpty();
            }
        }
    }

    @Test
    void open_everyCharacterReplaced_isEmpty() {
        String value = sealed();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < value.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c == value.charAt(i)) {
                    continue;
                }
                String tampered = value.substring(0, i) + c + value.substring(i + 1);
                assertThat(codec.open("session", "sid", tampered))
                        .as("char %d -> %s", i, c)
                        .isEmpty();
            }
        }
    }

    @Test
    void open_truncatedNonceTagOrCiphertext_isEmpty() {
        byte[] raw = UNB64.decode(sealed());
        for (int length = 0; length < raw.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(raw, length);
            assertThat(codec.open("session", "sid", B64.encodeToString(cut)))
                    .as("first %d bytes", length)
                    .isEmpty();
        }
        String value = sealed();
        for (int length = 0; length < value.length(); length++) {
            assertThat(codec.open("session", "sid", value.substring(0, length))).isEmpty();
        }
    }

    @Test
    void open_paddedOrStandardBase64_isEmpty() {
        byte[] raw = UNB64.decode(sealed());
        String padded = Base64.getUrlEncoder().encodeToString(raw);
        String standard = Base64.getEncoder().encodeToString(raw);

        assertThat(codec.open("session", "sid", sealed() + "=")).isEmpty();
        assertThat(codec.open("session", "sid", sealed() + "==")).isEmpty();
        if (!padded.equals(B64.encodeToString(raw))) {
            assertThat(codec.open("session", "sid", padded)).isEmpty();
        }
        if (!standard.equals(B64.encodeToString(raw))) {
            assertThat(codec.open("session", "sid", standard)).isEmpty();
        }
    }

    @Test
    void open_garbageValues_isEmpty() {
        for (String garbage : new String[] {
            null,
            "",
            " ",
            "=",
            "====",
            "!!!!",
            "a",
            "ab",
            "abc",
            "\u00e9\u00e9\u00e9\u00e9",
            "€uro",
            sealed() + "\u0000",
            " " + sealed(),
            sealed().replace('A', 'Ä'),
            "x".repeat(4097)
        }) {
            assertThat(codec.open("session", "sid", garbage)).as("%s", garbage).isEmpty();
        }
    }

    @Test
    void open_validButLongerThanLimit_isEmpty() {
        byte[] big = new byte[1 << 20];
        java.util.Arrays.fill(big, (byte) 'x');
        String huge = codec.seal("session", "sid", big);

        assertThat(huge.length()).isGreaterThan(1 << 20);
        assertThat(codec.open("session", "sid", huge)).isEmpty();
        assertThat(new SealedCodec(KeyRing.of(List.of(primary)), 2 << 20).open("session", "sid", huge))
                .isPresent();
    }

    @Test
    void open_otherPurposeOrCookieName_isEmpty() {
        String value = sealed();

        assertThat(codec.open("messages", "sid", value)).isEmpty();
        assertThat(codec.open("session", "sid2", value)).isEmpty();
        assertThat(codec.open("session", "SID", value)).isEmpty();
        assertThat(codec.open("session", "sid", value)).isPresent();
    }

    @Test
    void open_unknownVersion_isEmpty() {
        byte[] raw = UNB64.decode(sealed());
        for (int version : new int[] {0, 2, 127, -1}) {
            raw[0] = (byte) version;
            assertThat(codec.open("session", "sid", B64.encodeToString(raw))).isEmpty();
        }
    }

    @Test
    void open_unknownKey_isEmpty() {
        SealedCodec other = new SealedCodec(KeyRing.of(List.of(secret())), 4096);

        assertThat(other.open("session", "sid", sealed())).isEmpty();
    }

    @Test
    void open_keyIdOfFallbackButBytesOfPrimary_isEmpty() {
        byte[] fallback = secret();
        SealedCodec rotated = new SealedCodec(KeyRing.of(List.of(primary, fallback)), 4096);
        byte[] raw = UNB64.decode(rotated.seal("session", "sid", PLAINTEXT));
        byte[] fallbackId =
                HexFormat.of().parseHex(KeyRing.of(List.of(fallback)).keyIds().get(0));
        System.arraycopy(fallbackId, 0, raw, 1, 4);

        assertThat(rotated.open("session", "sid", B64.encodeToString(raw))).isEmpty();
    }

    @Test
    void toString_anyCodec_showsKeyIdButNoKeyMaterial() {
        String text = codec.toString();

        assertThat(text).doesNotContain(HexFormat.of().formatHex(primary));
        assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(primary));
        assertThat(text).contains(KeyRing.of(List.of(primary)).keyIds().get(0));
    }
}
